import { createHash } from 'node:crypto';
import { ParseError, parseReport } from '@nianbao/parser';
import type { Fact, Finding, Template, Values } from '@nianbao/schema';
import { ImportError } from '../import/import-error.ts';
import type { ReportParser } from '../import/import-outcome.ts';
import { findLiveReport } from '../import/known-report.ts';
import type { Store } from '../store.ts';

/** What a file would become if it were imported now; nothing of it is stored. */
export interface ReportPreview {
  file: string;
  size: number;
  sha256: string;
  agency: string | null;
  region: string | null;
  year: number | null;
  template: Template;
  format: string;
  encoding: string;
  /** `unchanged`: a live report holds these bytes; `new_version`: it would supersede one. */
  status: 'new' | 'new_version' | 'unchanged';
  version: number;
  existingReportId: number | null;
  flagged: boolean;
  values: Values;
  facts: Fact[];
  findings: Finding[];
}

/**
 * Parses and checks one file the way importReport would and says what storing it would do, with
 * only reads against the store. Unreadable files throw the same ImportError an import would.
 */
export async function previewReport(
  store: Store,
  input: { fileName: string; bytes: Uint8Array; parse?: ReportParser | undefined },
): Promise<ReportPreview> {
  const { fileName, bytes } = input;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let parsed: Awaited<ReturnType<typeof parseReport>>;
  try {
    parsed = await (input.parse ?? parseReport)(bytes, fileName);
  } catch (error) {
    if (error instanceof ParseError)
      throw new ImportError(error.code, fileName, error.message, { cause: error });
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError('parse_failed', fileName, `${fileName}: the parser failed: ${reason}`, {
      cause: error,
    });
  }
  const agency = parsed.agency?.trim() || null;
  if (agency === null) {
    throw new ImportError(
      'agency_unknown',
      fileName,
      `${fileName}: no issuing agency could be found in the report`,
    );
  }
  const base = {
    file: fileName,
    size: bytes.byteLength,
    sha256,
    agency,
    region: parsed.region?.trim() || null,
    year: parsed.year,
    template: parsed.template,
    format: parsed.format,
    encoding: parsed.encoding,
    flagged: parsed.findings.some((f) => f.severity === 'error'),
    values: parsed.values,
    facts: parsed.facts,
    findings: parsed.findings,
  };
  const known = await findLiveReport(store.db, sha256);
  if (known)
    return { ...base, status: 'unchanged', version: known.version, existingReportId: known.reportId };
  const { version, existingReportId } = await nextVersion(store, agency, parsed.year);
  return { ...base, status: existingReportId === null ? 'new' : 'new_version', version, existingReportId };
}

/** The number the next version of (agency, year) would get, and its current live report. */
async function nextVersion(
  store: Store,
  agencyName: string,
  year: number | null,
): Promise<{ version: number; existingReportId: number | null }> {
  if (year === null) return { version: 1, existingReportId: null };
  const rows = await store.db
    .selectFrom('reports')
    .innerJoin('agencies', 'agencies.id', 'reports.agency_id')
    .select(['reports.id', 'reports.version', 'reports.is_current', 'reports.deleted_at'])
    .where('agencies.name', '=', agencyName)
    .where('reports.year', '=', year)
    .execute();
  // Like the import: numbers count deleted versions too, so a number is never handed out twice.
  const version = rows.reduce((max, r) => Math.max(max, r.version), 0) + 1;
  const current = rows.find((r) => Boolean(r.is_current) && r.deleted_at === null);
  return { version, existingReportId: current?.id ?? null };
}
