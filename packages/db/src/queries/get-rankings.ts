import {
  type AgencyKind,
  metricByCode,
  type RankingDto,
  type RankingRowDto,
  type RankingSortKey,
} from '@nianbao/schema';
import { type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from '../database.ts';
import { type RegionRef, regionSubtreeIds, resolveRegion } from '../regions/region-ref.ts';
import { exactRealText, fromExactText } from '../sqlite/json-cells.ts';
import type { Store } from '../store.ts';
import { UnknownMetricError } from './get-series.ts';
import { loadMetricValues } from './metric-values.ts';
import { defaultRankingDirection, type SortDirection, sortRankingWindow } from './ranking-order.ts';
import { hasErrorFinding, type ReportScope, type ScopedReports, scopedReports } from './report-scope.ts';

export interface RankingFilter {
  metric: string;
  year: number;
  region?: RegionRef | undefined;
  kind?: AgencyKind | undefined;
  /** `desc`: the largest value ranks first. */
  order: 'asc' | 'desc';
  /** Rank reports with error findings too (marked `flagged`); by default they are left out. */
  includeFlagged: boolean;
  /** The column the rows are listed by (default rank); ranks stay those of the whole ranking. */
  sort?: RankingSortKey | undefined;
  /** Direction of `sort`; by default that of defaultRankingDirection. */
  dir?: SortDirection | undefined;
  /** Rows of the sorted list skipped before the page (default 0). */
  offset?: number | undefined;
  /** Rows in the page; undefined lists every row from `offset`. */
  limit?: number | undefined;
  /**
   * Where the caller keeps computed rankings between requests (the API's, per data version, so
   * the pages of one ranking share one computation); without it every call computes.
   */
  memo?: RankingMemo | undefined;
}

/** A whole ranking before it is listed: every row with its ranks, and the counts. */
export interface ComputedRanking {
  rows: readonly RankingRowDto[];
  ranked: number;
  flaggedCount: number;
  valueScale: number;
}

/** A caller's store of computed rankings; keys are built by getRankings from the filters. */
export interface RankingMemo {
  get(key: string): ComputedRanking | undefined;
  set(key: string, ranking: ComputedRanking): void;
}

/** One report of the scope as the statement returns it (rows are used as they come, not copied). */
interface Entry {
  year: number | null;
  agencyId: number;
  agencyName: string;
  regionName: string | null;
  reportId: number;
  value: number | null;
  /** SQLite answers 0/1. */
  flagged: boolean | number;
}

// Equal values must share a rank even when float arithmetic left them a hair apart (2/3 · 100).
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Agencies' current reports of one year ordered by a metric: competition ranking (ties share a
 * rank, the next rank skips: 1, 1, 3), nulls last and unranked, and each agency's value and rank in
 * the previous year's ranking under the same filters. The whole ranking is always computed, or
 * taken from `memo` (ranks and counts are those of every row); `sort`, `offset` and `limit` choose
 * the rows returned.
 * Throws UnknownMetricError / UnknownRegionError.
 */
export async function getRankings(store: Store, filter: RankingFilter): Promise<RankingDto> {
  const { metric, year, order, includeFlagged, memo } = filter;
  if (!metricByCode(metric)) throw new UnknownMetricError(metric);
  const key = JSON.stringify([
    metric,
    year,
    filter.region?.code ?? null,
    filter.region?.id ?? null,
    filter.kind ?? null,
    order,
    includeFlagged,
  ]);
  let computed = memo?.get(key);
  if (computed === undefined) {
    computed = await computeRanking(store, filter);
    memo?.set(key, computed);
  }
  const sort = filter.sort ?? 'rank';
  const dir = filter.dir ?? defaultRankingDirection(sort);
  const total = computed.rows.length;
  const offset = filter.offset ?? 0;
  const limit = filter.limit ?? null;
  // A copy: a memo's rows are shared by every page and every column order.
  const rows = [...computed.rows];
  sortRankingWindow(rows, sort, dir, offset, limit === null ? total : offset + limit);
  return {
    metric,
    year,
    order,
    includeFlagged,
    sort,
    dir,
    total,
    ranked: computed.ranked,
    flaggedCount: computed.flaggedCount,
    valueScale: computed.valueScale,
    offset,
    limit,
    rows:
      offset > 0 || limit !== null ? rows.slice(offset, limit === null ? undefined : offset + limit) : rows,
  };
}

/** The whole ranking of the filter's metric, year and scope, in no particular order. */
async function computeRanking(store: Store, filter: RankingFilter): Promise<ComputedRanking> {
  const { metric, year, order, includeFlagged } = filter;
  const region = await resolveRegion(store.db, filter.region ?? {});
  // Both years in one pass: the same two statements whatever the scope, half the round trips.
  const entries = await rankEntries(store, metric, {
    regionIds: region ? await regionSubtreeIds(store.db, region.id) : undefined,
    kind: filter.kind,
    includeFlagged,
    from: year - 1,
    to: year,
  });
  const current: Entry[] = [];
  const previous: Entry[] = [];
  for (const entry of entries) {
    if (entry.year === year) current.push(entry);
    else if (entry.year === year - 1) previous.push(entry);
  }
  const before = new Map<number, { value: number | null; rank: number | null }>();
  rank(previous, order, (entry, rankHere) => {
    before.set(entry.agencyId, { value: entry.value, rank: rankHere });
  });
  const rows: RankingRowDto[] = [];
  let ranked = 0;
  let flaggedCount = 0;
  let valueScale = 0;
  rank(current, order, (entry, rankHere) => {
    const last = before.get(entry.agencyId);
    const previousValue = last?.value ?? null;
    const flagged = Boolean(entry.flagged);
    if (rankHere !== null) ranked += 1;
    if (entry.value !== null) valueScale = Math.max(valueScale, Math.abs(entry.value));
    if (flagged) flaggedCount += 1;
    rows.push({
      agencyId: entry.agencyId,
      agencyName: entry.agencyName,
      regionName: entry.regionName,
      reportId: entry.reportId,
      value: entry.value,
      flagged,
      rank: rankHere,
      previousValue,
      previousRank: last?.rank ?? null,
      change: entry.value !== null && previousValue !== null ? entry.value - previousValue : null,
    });
  });
  return { rows, ranked, flaggedCount, valueScale };
}

/** Every report of the scope with the metric's value. */
async function rankEntries(store: Store, metric: string, scope: ReportScope): Promise<Entry[]> {
  const def = metricByCode(metric);
  if (def === undefined || def.table === 'narrative') return rankEntriesByLoading(store, metric, scope);
  // One pass over the scope: the metric's stored value joined to each report (derived first, as
  // loadMetricValues has it), instead of the scope once for the rows and again for the values.
  // Only the value tables the metric can be in are joined: each join is an index search per report.
  const derived = def.formula !== undefined;
  const printed = def.table !== 'derived';
  const rows = await rankedReports(store, scope)
    .leftJoin('regions', 'regions.id', 'agencies.region_id')
    .$if(derived, (qb) =>
      qb.leftJoin('derived_values as dv', (join) =>
        join.onRef('dv.report_id', '=', 'reports.id').on('dv.code', '=', metric),
      ),
    )
    .$if(printed, (qb) =>
      qb.leftJoin('report_values as rv', (join) =>
        join.onRef('rv.report_id', '=', 'reports.id').on('rv.code', '=', metric),
      ),
    )
    .select((eb) => [
      'reports.id as reportId',
      'reports.year',
      'agencies.id as agencyId',
      'agencies.name as agencyName',
      'regions.name as regionName',
      // Without flagged reports the scope's WHERE already ran this EXISTS: every row left is clean.
      scope.includeFlagged === false ? sql<boolean>`false`.as('flagged') : hasErrorFinding(eb).as('flagged'),
      // One value column (fewer cells to send and parse): a derived row wins even when its value is
      // null (a zero denominator), as in loadMetricValues; code is not null when a row is present.
      (derived && printed
        ? sql<number | null>`case when dv.code is not null then dv.value else rv.value end`
        : derived
          ? sql<number | null>`dv.value`
          : sql<number | null>`rv.value`
      ).as('value'),
    ]);
  return store.dialect === 'sqlite' ? entriesAsJson(store, rows) : rows.execute();
}

type EntryCell = [
  reportId: number,
  year: number | null,
  agencyId: number,
  agencyName: string,
  regionName: string | null,
  flagged: number,
  value: string | null,
];

/**
 * rankEntries' statement on SQLite, its rows written by SQLite as one JSON array (see
 * json-cells.ts): a province's ~37,000 rows are ~260,000 cells that the sqlite3 module would build
 * one by one on the main thread.
 */
async function entriesAsJson(
  store: Store,
  rows: SelectQueryBuilder<Database, never, Entry>,
): Promise<Entry[]> {
  const element = `json_array(e."reportId", e.year, e."agencyId", e."agencyName", e."regionName", e.flagged, ${exactRealText('e.value')})`;
  const { json } = await store.db
    .selectFrom(rows.as('e'))
    .select(sql<string | null>`'[' || group_concat(${sql.raw(element)}, ',') || ']'`.as('json'))
    .executeTakeFirstOrThrow();
  if (json === null) return [];
  return (JSON.parse(json) as EntryCell[]).map(
    ([reportId, year, agencyId, agencyName, regionName, flagged, value]) => ({
      reportId,
      year,
      agencyId,
      agencyName,
      regionName,
      flagged,
      value: fromExactText(value),
    }),
  );
}

/**
 * The scope's reports. On PostgreSQL a region's subtree goes as one array parameter: a province's
 * thousands of ids as an IN list of parameters cost 35-70 ms of planning a statement (300,000
 * reports, 7,694 regions), the array 6-10 ms with the same plan. SQLite plans the list in no time.
 */
function rankedReports(store: Store, scope: ReportScope): ScopedReports {
  const ids = scope.regionIds;
  if (store.dialect !== 'postgres' || ids === undefined || ids.length === 0)
    return scopedReports(store.db, scope);
  return scopedReports(store.db, { ...scope, regionIds: undefined }).where(
    sql<boolean>`agencies.region_id = any(${[...ids]}::int[])`,
  );
}

/** rankEntries for narrative metrics: the first coded fact of each report (loadMetricValues). */
async function rankEntriesByLoading(store: Store, metric: string, scope: ReportScope): Promise<Entry[]> {
  const { db } = store;
  const reports = rankedReports(store, scope);
  const [rows, values] = await Promise.all([
    reports
      .leftJoin('regions', 'regions.id', 'agencies.region_id')
      .select((eb) => [
        'reports.id',
        'reports.year',
        'agencies.id as agency_id',
        'agencies.name as agency_name',
        'regions.name as region_name',
        scope.includeFlagged === false
          ? sql<boolean>`false`.as('flagged')
          : hasErrorFinding(eb).as('flagged'),
      ])
      .execute(),
    loadMetricValues(db, reports, [metric]),
  ]);
  return rows.map((r) => ({
    year: r.year,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    regionName: r.region_name,
    reportId: r.id,
    value: values.get(r.id)?.[metric] ?? null,
    flagged: Boolean(r.flagged),
  }));
}

/**
 * Sorts one year's entries by value and hands each its competition rank, in order; nulls last,
 * unranked. Ranks depend on values alone, so no names are compared here (see sortRankingWindow).
 */
function rank(
  entries: Entry[],
  order: 'asc' | 'desc',
  emit: (entry: Entry, rank: number | null) => void,
): void {
  const sign = order === 'desc' ? -1 : 1;
  entries.sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === b.value ? 0 : a.value === null ? 1 : -1;
    return sign * (a.value - b.value);
  });
  let previous: { value: number; rank: number } | undefined;
  for (const [index, entry] of entries.entries()) {
    if (entry.value === null) {
      emit(entry, null);
      continue;
    }
    const rankHere = previous && same(previous.value, entry.value) ? previous.rank : index + 1;
    previous = { value: entry.value, rank: rankHere };
    emit(entry, rankHere);
  }
}
