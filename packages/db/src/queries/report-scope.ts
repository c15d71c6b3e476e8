import type { AgencyKind } from '@nianbao/schema';
import { type ExpressionBuilder, type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from '../database.ts';

/** Which reports an analytic query reads: always live, current and dated; the rest narrows. */
export interface ReportScope {
  year?: number | undefined;
  /** First statistics year, inclusive. */
  from?: number | undefined;
  /** Last statistics year, inclusive. */
  to?: number | undefined;
  /** Agencies placed in one of these regions (a region and its subtree: see regionSubtreeIds). */
  regionIds?: readonly number[] | undefined;
  kind?: AgencyKind | undefined;
  /**
   * Leave out government summary reports (kind `government`) when no kind is chosen. A county or
   * city government's report sums its units (rule X3), so adding both double-counts a region.
   */
  excludeSummaries?: boolean | undefined;
  agencyIds?: readonly number[] | undefined;
  /** False leaves out reports with an error finding (in-report or cross-report). Default true. */
  includeFlagged?: boolean | undefined;
}

export type ScopedReports = SelectQueryBuilder<Database, 'reports' | 'agencies', object>;

/** True when the report has at least one error finding. */
export function hasErrorFinding(eb: ExpressionBuilder<Database, 'reports'>) {
  return eb.exists(
    eb
      .selectFrom('findings')
      .select(sql.lit(1).as('one'))
      .whereRef('findings.report_id', '=', 'reports.id')
      .where('findings.severity', '=', 'error'),
  );
}

/** The current, live, dated reports of the scope, joined with their agency; nothing selected yet. */
export function scopedReports(db: Kysely<Database>, scope: ReportScope): ScopedReports {
  const { year, from, to, regionIds, kind, agencyIds } = scope;
  return db
    .selectFrom('reports')
    .innerJoin('agencies', 'agencies.id', 'reports.agency_id')
    .where('reports.deleted_at', 'is', null)
    .where('reports.is_current', '=', true)
    .where('reports.year', 'is not', null)
    .$if(year !== undefined, (qb) => qb.where('reports.year', '=', year ?? 0))
    .$if(from !== undefined, (qb) => qb.where('reports.year', '>=', from ?? 0))
    .$if(to !== undefined, (qb) => qb.where('reports.year', '<=', to ?? 0))
    .$if(regionIds !== undefined, (qb) =>
      qb.where('agencies.region_id', 'in', regionIds?.length ? regionIds : [-1]),
    )
    .$if(kind !== undefined, (qb) => qb.where('agencies.kind', '=', kind ?? 'other'))
    .$if(kind === undefined && scope.excludeSummaries === true, (qb) =>
      qb.where('agencies.kind', '!=', 'government'),
    )
    .$if(agencyIds !== undefined, (qb) =>
      qb.where('reports.agency_id', 'in', agencyIds?.length ? agencyIds : [-1]),
    )
    .$if(scope.includeFlagged === false, (qb) => qb.where((eb) => eb.not(hasErrorFinding(eb))));
}
