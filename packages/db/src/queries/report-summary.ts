import type { ReportSummaryDto } from '@nianbao/schema';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';

type FindingCounts = ReportSummaryDto['findingCounts'];

/** Live (not deleted) reports joined with what a summary shows. */
export function selectReportSummaries(db: Kysely<Database>) {
  return db
    .selectFrom('reports')
    .innerJoin('agencies', 'agencies.id', 'reports.agency_id')
    .leftJoin('regions', 'regions.id', 'agencies.region_id')
    .where('reports.deleted_at', 'is', null)
    .select([
      'reports.id',
      'reports.agency_id',
      'agencies.name as agency_name',
      'regions.name as region_name',
      'reports.year',
      'reports.template',
      'reports.file_name',
      'reports.imported_at',
      'reports.source',
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectReportSummaries>['executeTakeFirstOrThrow']>>;

/** Error / warning / info counts of the given reports (zeros for reports without findings). */
export async function findingCountsFor(
  db: Kysely<Database>,
  reportIds: readonly number[],
): Promise<Map<number, FindingCounts>> {
  const counts = new Map<number, FindingCounts>(
    reportIds.map((id) => [id, { error: 0, warning: 0, info: 0 }]),
  );
  if (reportIds.length === 0) return counts;
  const rows = await db
    .selectFrom('findings')
    .select(['report_id', 'severity', (eb) => eb.fn.countAll().as('n')])
    .where('report_id', 'in', reportIds)
    .groupBy(['report_id', 'severity'])
    .execute();
  for (const row of rows) {
    const entry = counts.get(row.report_id);
    if (entry) entry[row.severity] = Number(row.n);
  }
  return counts;
}

/** The DTO of one summary row. */
export function toReportSummary(row: SummaryRow, findingCounts: FindingCounts | undefined): ReportSummaryDto {
  return {
    id: row.id,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    regionName: row.region_name,
    year: row.year,
    template: row.template,
    fileName: row.file_name,
    importedAt: row.imported_at,
    source: row.source,
    findingCounts: findingCounts ?? { error: 0, warning: 0, info: 0 },
  };
}
