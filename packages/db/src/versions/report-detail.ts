import type { ReportDetailWithVersionsDto } from '@nianbao/schema';
import { getReport } from '../queries/get-report.ts';
import type { Store } from '../store.ts';
import { writeDb } from '../write-tables.ts';
import { readReportDetailSqlite } from './report-detail-sqlite.ts';
import { listVersions } from './report-versions.ts';
import { withCorrections } from './with-corrections.ts';

/**
 * One live report as GET /api/reports/:id shows it: the read model's detail, each value marked
 * corrected or not (with the extracted value and the reason when it is), and every version.
 */
export async function getReportDetail(
  store: Store,
  id: number,
): Promise<ReportDetailWithVersionsDto | undefined> {
  // SQLite reads it all in one statement: one trip to the thread pool and a few JSON cells instead
  // of seven statements and ~1,500 cells each built through N-API (see report-detail-sqlite.ts).
  if (store.dialect === 'sqlite') return readReportDetailSqlite(store.db, id);
  return readReportDetailByParts(store, id);
}

/** getReportDetail as a statement per part (report, values, facts, findings, versions, corrections). */
export async function readReportDetailByParts(
  store: Store,
  id: number,
): Promise<ReportDetailWithVersionsDto | undefined> {
  const detail = await getReport(store, id);
  if (!detail) return undefined;
  const [versions, corrections] = await Promise.all([
    listVersions(store.db, { agencyId: detail.report.agencyId, year: detail.report.year }, id),
    writeDb(store.db)
      .selectFrom('value_corrections')
      .select(['code', 'extracted_value', 'reason', 'corrected_by', 'corrected_at'])
      .where('report_id', '=', id)
      .execute(),
  ]);
  return withCorrections(detail, corrections, versions);
}
