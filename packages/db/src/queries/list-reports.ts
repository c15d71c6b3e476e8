import type { ReportListDto } from '@nianbao/schema';
import type { Store } from '../store.ts';
import { findingCountsFor, selectReportSummaries, toReportSummary } from './report-summary.ts';
import { containsText } from './text-match.ts';

export interface ReportFilter {
  /** Part of the agency's name or of the file name. */
  q?: string;
  agency?: number;
  year?: number;
  /** 1-based. */
  page: number;
  pageSize: number;
}

/** One page of live reports, newest statistics year first (unknown years last), with finding counts. */
export async function listReports(store: Store, filter: ReportFilter): Promise<ReportListDto> {
  const { agency, year } = filter;
  const q = filter.q?.trim() ?? '';
  const page = Math.max(1, Math.floor(filter.page));
  const pageSize = Math.max(1, Math.floor(filter.pageSize));
  const filtered = selectReportSummaries(store.db)
    .$if(q !== '', (qb) =>
      qb.where((eb) => eb.or([containsText('agencies.name', q), containsText('reports.file_name', q)])),
    )
    .$if(agency !== undefined, (qb) => qb.where('reports.agency_id', '=', agency ?? 0))
    .$if(year !== undefined, (qb) => qb.where('reports.year', '=', year ?? 0));

  const totalRow = await filtered
    .clearSelect()
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  const rows = await filtered
    .orderBy('reports.year', (ob) => ob.desc().nullsLast())
    .orderBy('reports.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const counts = await findingCountsFor(
    store.db,
    rows.map((r) => r.id),
  );
  return {
    total: Number(totalRow?.n ?? 0),
    page,
    pageSize,
    reports: rows.map((row) => toReportSummary(row, counts.get(row.id))),
  };
}
