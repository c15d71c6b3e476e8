import type { ReportDetailWithVersionsDto } from '@nianbao/schema';
import { getReport } from '../queries/get-report.ts';
import type { Store } from '../store.ts';
import { writeDb } from '../write-tables.ts';
import { listVersions } from './report-versions.ts';

/**
 * One live report as GET /api/reports/:id shows it: the read model's detail, each value marked
 * corrected or not (with the extracted value and the reason when it is), and every version.
 */
export async function getReportDetail(
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
  const byCode = new Map(corrections.map((c) => [c.code, c]));
  return {
    ...detail,
    values: detail.values.map((value) => {
      const correction = byCode.get(value.code);
      if (!correction) return { ...value, corrected: false };
      return {
        ...value,
        corrected: true,
        extracted: correction.extracted_value,
        correction: { reason: correction.reason, by: correction.corrected_by, at: correction.corrected_at },
      };
    }),
    versions,
  };
}
