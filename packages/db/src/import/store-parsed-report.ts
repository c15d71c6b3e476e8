import { basename } from 'node:path';
import type { ParsedReport } from '@nianbao/parser';
import { type Kysely, sql } from 'kysely';
import type { Database, ReportSource } from '../database.ts';
import { regionChainOfParsed } from '../regions/parsed-region-chain.ts';
import { analyseStoredReport } from '../rules/analyse-stored-report.ts';
import { findOrCreateAgency } from './find-or-create.ts';
import { insertInChunks } from './insert-in-chunks.ts';
import type { StoredReport } from './known-report.ts';
import { factRows, findingRows, valueRows } from './stored-rows.ts';

/** The file-level facts of a report that the parser does not produce. */
export interface ReportFile {
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  source: ReportSource;
}

/**
 * Writes one parsed report; to be called inside the import's transaction. Every round trip counts
 * at import scale, so the version number is computed inside the insert and older versions are only
 * touched when there are any.
 */
export async function storeParsedReport(
  db: Kysely<Database>,
  parsed: ParsedReport,
  agencyName: string,
  file: ReportFile,
): Promise<StoredReport> {
  const agencyId = await findOrCreateAgency(db, {
    name: agencyName,
    kind: parsed.agencyKind,
    region: regionChainOfParsed(parsed),
  });
  const { year } = parsed;
  const flagged = parsed.findings.some((f) => f.severity === 'error');
  const { id: reportId, version } = await db
    .insertInto('reports')
    .values({
      agency_id: agencyId,
      year,
      template: parsed.template,
      file_name: basename(file.fileName),
      sha256: file.sha256,
      bytes: file.bytes,
      text: parsed.text,
      encoding: parsed.encoding,
      format: parsed.format,
      source: file.source,
      // Version numbers count deleted reports too, so a number is never handed out twice.
      version:
        year === null
          ? 1
          : db
              .selectFrom('reports')
              .select(sql<number>`coalesce(max(${sql.ref('version')}), 0) + 1`.as('next'))
              .where('agency_id', '=', agencyId)
              .where('year', '=', year),
      is_current: true,
      imported_at: new Date().toISOString(),
      status: flagged ? 'flagged' : 'ok',
      deleted_at: null,
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();

  // A newer file for the same agency and year becomes the current version; older ones stay stored
  // (and viewable) but leave the series. Reports without a known year are never superseded.
  if (year !== null && version > 1) {
    await db
      .updateTable('reports')
      .set({ is_current: false })
      .where('agency_id', '=', agencyId)
      .where('year', '=', year)
      .where('id', '!=', reportId)
      .where('is_current', '=', true)
      .execute();
  }
  await insertInChunks(db, 'report_values', valueRows(reportId, parsed));
  await insertInChunks(db, 'facts', factRows(reportId, parsed));
  await insertInChunks(db, 'findings', findingRows(reportId, parsed));
  // Derived values and the cross-report rules X1–X3, in the same transaction as the report itself.
  const { template, values, facts } = parsed;
  const analysed = await analyseStoredReport(db, { reportId, agencyId, year, template, values, facts });
  return { reportId, agencyId, agencyName, year, version, flagged: flagged || analysed.flagged };
}
