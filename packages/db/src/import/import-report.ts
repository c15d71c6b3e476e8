import { createHash } from 'node:crypto';
import { type ParsedReport, ParseError, parseReport } from '@nianbao/parser';
import type { Store } from '../store.ts';
import { ImportError } from './import-error.ts';
import type { ImportInput, ImportOutcome, ReportParser } from './import-outcome.ts';
import { findLiveReport } from './known-report.ts';
import { type ReportFile, storeParsedReport } from './store-parsed-report.ts';

/**
 * Parses one file and stores it in a single transaction: region, agency, report, values with
 * provenance, facts, findings. Identical bytes already stored give `unchanged`; a file that cannot
 * be read throws an ImportError and writes nothing.
 */
export async function importReport(store: Store, input: ImportInput): Promise<ImportOutcome> {
  const { fileName, bytes } = input;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // Checked before parsing so that re-importing a whole folder costs one lookup per known file.
  const known = await findLiveReport(store.db, sha256);
  if (known) return { file: fileName, status: 'unchanged', sha256, ...known };

  const parsed = await parse(bytes, fileName, input.parse ?? parseReport);
  return importParsedReport(store, parsed, { fileName, bytes, sha256, source: input.source ?? 'real' });
}

/**
 * Stores an already parsed report in one transaction (the second half of importReport). Exported
 * for callers that parse elsewhere (a worker pool) or build the parse result themselves (the
 * benchmark's fast path); a report without an agency throws ImportError like importReport does.
 */
export async function importParsedReport(
  store: Store,
  parsed: ParsedReport,
  file: ReportFile,
): Promise<ImportOutcome> {
  const { fileName, sha256 } = file;
  const agencyName = parsed.agency?.trim();
  if (!agencyName) {
    throw new ImportError(
      'agency_unknown',
      fileName,
      `${fileName}: no issuing agency could be found in the report`,
    );
  }
  try {
    const stored = await store.db
      .transaction()
      .execute((trx) => storeParsedReport(trx, parsed, agencyName, file));
    return { file: fileName, status: 'imported', sha256, ...stored };
  } catch (error) {
    // Another import of the same bytes may have committed since the check above; the unique index
    // on live hashes rejected this one, and the file is simply already there.
    const raced = await findLiveReport(store.db, sha256);
    if (raced) return { file: fileName, status: 'unchanged', sha256, ...raced };
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError('store_failed', fileName, `${fileName}: could not be stored: ${reason}`, {
      cause: error,
    });
  }
}

async function parse(bytes: Uint8Array, fileName: string, parser: ReportParser): Promise<ParsedReport> {
  try {
    return await parser(bytes, fileName);
  } catch (error) {
    if (error instanceof ParseError)
      throw new ImportError(error.code, fileName, error.message, { cause: error });
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError('parse_failed', fileName, `${fileName}: the parser failed: ${reason}`, {
      cause: error,
    });
  }
}
