import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { type ParsedReport, ParseError, parseReport } from '@nianbao/parser';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import type { Store } from '../store.ts';
import { findOrCreateAgency, findOrCreateRegion } from './find-or-create.ts';
import { ImportError } from './import-error.ts';
import type { ImportInput, ImportOutcome } from './import-outcome.ts';
import { insertInChunks } from './insert-in-chunks.ts';
import { factRows, findingRows, valueRows } from './stored-rows.ts';

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

  const parsed = await parse(bytes, fileName);
  const agencyName = parsed.agency?.trim();
  if (!agencyName) {
    throw new ImportError(
      'agency_unknown',
      fileName,
      `${fileName}: no issuing agency could be found in the report`,
    );
  }

  try {
    return await store.db.transaction().execute(async (trx) => {
      const raced = await findLiveReport(trx, sha256);
      if (raced) return { file: fileName, status: 'unchanged', sha256, ...raced };

      const region = parsed.region?.trim();
      const regionId = region ? await findOrCreateRegion(trx, region) : null;
      const agencyId = await findOrCreateAgency(trx, { name: agencyName, kind: parsed.agencyKind, regionId });
      const version = await supersede(trx, agencyId, parsed.year);
      const flagged = parsed.findings.some((f) => f.severity === 'error');
      const { id: reportId } = await trx
        .insertInto('reports')
        .values({
          agency_id: agencyId,
          year: parsed.year,
          template: parsed.template,
          file_name: basename(fileName),
          sha256,
          bytes,
          text: parsed.text,
          encoding: parsed.encoding,
          format: parsed.format,
          source: input.source ?? 'real',
          version,
          is_current: true,
          imported_at: new Date().toISOString(),
          status: flagged ? 'flagged' : 'ok',
          deleted_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await insertInChunks(trx, 'report_values', valueRows(reportId, parsed));
      await insertInChunks(trx, 'facts', factRows(reportId, parsed));
      await insertInChunks(trx, 'findings', findingRows(reportId, parsed));
      const outcome: ImportOutcome = {
        file: fileName,
        status: 'imported',
        reportId,
        agencyId,
        agencyName,
        year: parsed.year,
        version,
        flagged,
        sha256,
      };
      return outcome;
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError('store_failed', fileName, `${fileName}: could not be stored: ${reason}`, {
      cause: error,
    });
  }
}

async function parse(bytes: Uint8Array, fileName: string): Promise<ParsedReport> {
  try {
    return await parseReport(bytes, fileName);
  } catch (error) {
    if (error instanceof ParseError)
      throw new ImportError(error.code, fileName, error.message, { cause: error });
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError('parse_failed', fileName, `${fileName}: the parser failed: ${reason}`, {
      cause: error,
    });
  }
}

type KnownReport = Omit<ImportOutcome, 'file' | 'status' | 'sha256'>;

async function findLiveReport(db: Kysely<Database>, sha256: string): Promise<KnownReport | undefined> {
  const row = await db
    .selectFrom('reports')
    .innerJoin('agencies', 'agencies.id', 'reports.agency_id')
    .select([
      'reports.id',
      'reports.agency_id',
      'agencies.name',
      'reports.year',
      'reports.version',
      'reports.status',
    ])
    .where('reports.sha256', '=', sha256)
    .where('reports.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    reportId: row.id,
    agencyId: row.agency_id,
    agencyName: row.name,
    year: row.year,
    version: row.version,
    flagged: row.status === 'flagged',
  };
}

/**
 * A newer file for the same agency and year becomes the current version; the older ones stay
 * stored (and viewable) but leave the series. Version numbers count deleted reports too, so a number
 * is never handed out twice. Reports without a known year are never superseded.
 */
async function supersede(db: Kysely<Database>, agencyId: number, year: number | null): Promise<number> {
  if (year === null) return 1;
  const latest = await db
    .selectFrom('reports')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .executeTakeFirst();
  await db
    .updateTable('reports')
    .set({ is_current: false })
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .where('is_current', '=', true)
    .execute();
  return Number(latest?.version ?? 0) + 1;
}
