import { type AgencyKind, type ComparisonDto, metricByCode, type Values } from '@nianbao/schema';
import {
  inRegionSubtree,
  type RegionRef,
  type RegionRow,
  regionSubtreeIds,
  resolveRegion,
} from '../regions/region-ref.ts';
import { REPORTS_CODE } from '../rollups/rollup-values.ts';
import type { Store } from '../store.ts';
import { type Aggregate, aggregateInputs, aggregateMetric, aggregationOf } from './aggregate-metric.ts';
import type { ReadModelOptions } from './get-region-series.ts';
import { compareRegions } from './get-region-tree.ts';
import { UnknownMetricError } from './get-series.ts';
import { loadMetricValues } from './metric-values.ts';
import { hasErrorFinding, scopedReports } from './report-scope.ts';
import {
  addSums,
  aggregateOfSums,
  hasRollups,
  NO_SUMS,
  type RollupSums,
  readRollups,
  subtractSums,
} from './rollup-reads.ts';

export interface ComparisonFilter {
  metrics: readonly string[];
  year: number;
  region?: RegionRef | undefined;
  kind?: AgencyKind | undefined;
  /** `agency`: each agency's report; `region`: the region's children, each summed over its subtree. */
  groupBy: 'agency' | 'region';
}

const collator = new Intl.Collator('zh-CN');

/**
 * One year side by side: every agency in the region (and below) with its current report's values,
 * or every child region of the region (the top regions without one) with its agencies' reports
 * aggregated. Throws UnknownMetricError / UnknownRegionError.
 */
export async function getComparison(
  store: Store,
  filter: ComparisonFilter,
  options: ReadModelOptions = {},
): Promise<ComparisonDto> {
  const metrics = [...new Set(filter.metrics)];
  for (const code of metrics) if (!metricByCode(code)) throw new UnknownMetricError(code);
  const region = await resolveRegion(store.db, filter.region ?? {});
  return filter.groupBy === 'agency'
    ? compareAgencies(store, metrics, filter, region)
    : compareRegionsOf(store, metrics, filter, region, options);
}

async function compareAgencies(
  store: Store,
  metrics: string[],
  filter: ComparisonFilter,
  region: RegionRow | undefined,
): Promise<ComparisonDto> {
  const regionIds = region ? await regionSubtreeIds(store.db, region.id) : undefined;
  const scope = scopedReports(store.db, { year: filter.year, regionIds, kind: filter.kind });
  const [reports, values] = await Promise.all([
    scope
      .leftJoin('regions', 'regions.id', 'agencies.region_id')
      .select((eb) => [
        'reports.id',
        'agencies.id as agency_id',
        'agencies.name as agency_name',
        'regions.name as region_name',
        hasErrorFinding(eb).as('flagged'),
      ])
      .execute(),
    loadMetricValues(store.db, scope, metrics),
  ]);
  const rows = reports
    .map((r) => {
      const reportValues = values.get(r.id) ?? {};
      return {
        agencyId: r.agency_id,
        agencyName: r.agency_name,
        regionName: r.region_name,
        reportId: r.id,
        flagged: Boolean(r.flagged),
        values: Object.fromEntries(metrics.map((code) => [code, reportValues[code] ?? null])),
      };
    })
    .sort((a, b) => collator.compare(a.agencyName, b.agencyName) || a.agencyId - b.agencyId);
  return { groupBy: 'agency', year: filter.year, metrics, rows };
}

async function compareRegionsOf(
  store: Store,
  metrics: string[],
  filter: ComparisonFilter,
  parent: RegionRow | undefined,
  options: ReadModelOptions,
): Promise<ComparisonDto> {
  const { db } = store;
  const parentId = parent?.id ?? null;
  if (options.rollups !== false && (parent === undefined || hasRollups(parent.level))) {
    // Counties and up: each child's rollup rows hold its whole subtree; the parent's own agencies
    // are the parent's rows less its children's.
    const direct = await db
      .selectFrom('regions')
      .select(['id', 'code', 'name', 'level', 'parent_id'])
      .$if(parentId === null, (qb) => qb.where('parent_id', 'is', null))
      .$if(parentId !== null, (qb) => qb.where('parent_id', '=', parentId ?? 0))
      .execute();
    if (direct.every((c) => hasRollups(c.level))) {
      const children = direct.filter((r) => r.id !== parentId).sort(compareRegions);
      const groups = await groupsFromRollups(
        db,
        metrics,
        filter,
        children.map((c) => c.id),
        parentId,
      );
      return regionComparison(metrics, filter, parent, children, groups);
    }
  }
  const regions = await db
    .selectFrom('regions')
    .select(['id', 'code', 'name', 'level', 'parent_id'])
    .$if(parent !== undefined, (qb) => qb.where(inRegionSubtree('regions.id', parent?.id ?? 0)))
    .execute();
  const parentOf = new Map(regions.map((r) => [r.id, r.parent_id]));
  const children = regions.filter((r) => r.id !== parentId && r.parent_id === parentId).sort(compareRegions);
  /** The child (or the parent itself) a region's agencies are counted under. */
  const groupOf = (regionId: number | null): number | null | undefined => {
    let at = regionId;
    for (let step = 0; at !== null && step <= regions.length; step++) {
      if (at === parentId) return parentId;
      const up: number | null | undefined = parentOf.get(at);
      if (up === undefined) return undefined;
      if (up === parentId) return at;
      at = up;
    }
    return undefined;
  };
  const groups = await groupsFromReports(
    db,
    metrics,
    filter,
    parent ? regions.map((r) => r.id) : undefined,
    groupOf,
  );
  return regionComparison(metrics, filter, parent, children, groups);
}

type ComparedRegion = Pick<RegionRow, 'id' | 'code' | 'name' | 'level'>;

/** The comparison of the children (and the parent's own agencies) from their groups. */
function regionComparison(
  metrics: string[],
  filter: ComparisonFilter,
  parent: RegionRow | undefined,
  children: readonly ComparedRegion[],
  groups: ReadonlyMap<number, Group>,
): ComparisonDto {
  const row = (region: ComparedRegion, scopeKind: 'subtree' | 'own') => {
    const entry = groups.get(region.id) ?? EMPTY_GROUP;
    const aggregates = metrics.map((code) => [code, entry.aggregate(code)] as const);
    return {
      regionId: region.id,
      regionCode: region.code,
      regionName: region.name,
      level: region.level,
      scope: scopeKind,
      reportCount: entry.reports,
      flaggedCount: entry.flagged,
      values: Object.fromEntries(aggregates.map(([code, a]) => [code, a.value])),
      counts: Object.fromEntries(aggregates.map(([code, a]) => [code, a.reportCount])),
    };
  };
  const rows = children.map((child) => row(child, 'subtree'));
  // Agencies placed in the parent itself (a county's own bureaus beside its townships).
  if (parent !== undefined && groups.has(parent.id)) rows.push(row(parent, 'own'));
  return {
    groupBy: 'region',
    year: filter.year,
    metrics,
    parent: parent ? { id: parent.id, code: parent.code, name: parent.name } : null,
    aggregation: Object.fromEntries(metrics.map((code) => [code, aggregationOf(code)])),
    rows,
  };
}

/** One compared region's reports: how many, how many flagged, and each metric over them. */
interface Group {
  reports: number;
  flagged: number;
  aggregate(code: string): Aggregate;
}

const EMPTY_GROUP: Group = { reports: 0, flagged: 0, aggregate: (code) => aggregateMetric(code, []) };

type GroupOf = (regionId: number | null) => number | null | undefined;

/** The groups from every report's values (any region; the only way below counties). */
async function groupsFromReports(
  db: Store['db'],
  metrics: readonly string[],
  filter: ComparisonFilter,
  regionIds: readonly number[] | undefined,
  groupOf: GroupOf,
): Promise<Map<number, Group>> {
  // The subtree is the regions just read (all of them at the top of the tree: no filter needed).
  const scope = scopedReports(db, {
    year: filter.year,
    regionIds,
    kind: filter.kind,
    excludeSummaries: true,
  });
  const inputs = metrics.flatMap(aggregateInputs);
  const [reports, values] = await Promise.all([
    scope.select((eb) => ['reports.id', 'agencies.region_id', hasErrorFinding(eb).as('flagged')]).execute(),
    loadMetricValues(db, scope, inputs),
  ]);
  const collected = new Map<number, { values: Values[]; flagged: number }>();
  for (const report of reports) {
    const group = groupOf(report.region_id);
    if (group === undefined || group === null) continue;
    const entry = collected.get(group) ?? { values: [], flagged: 0 };
    entry.values.push(values.get(report.id) ?? {});
    if (report.flagged) entry.flagged += 1;
    collected.set(group, entry);
  }
  return new Map(
    [...collected].map(([id, entry]) => [
      id,
      {
        reports: entry.values.length,
        flagged: entry.flagged,
        aggregate: (code: string) => aggregateMetric(code, entry.values),
      },
    ]),
  );
}

/**
 * The groups from the rollups, when the parent and its children are counties, cities or provinces:
 * a child's rows are its subtree; the parent's own agencies are its rows less its children's.
 */
async function groupsFromRollups(
  db: Store['db'],
  metrics: readonly string[],
  filter: ComparisonFilter,
  childIds: readonly number[],
  parentId: number | null,
): Promise<Map<number, Group>> {
  const rows = await readRollups(db, {
    codes: [REPORTS_CODE, ...metrics],
    regionIds: parentId === null ? childIds : [...childIds, parentId],
    from: filter.year,
    to: filter.year,
    kind: filter.kind,
    perRegion: true,
  });
  const sums = new Map<number, Map<string, RollupSums>>();
  for (const row of rows) {
    const byCode = sums.get(row.regionId) ?? new Map<string, RollupSums>();
    byCode.set(row.code, addSums(byCode.get(row.code) ?? NO_SUMS, row.sums));
    sums.set(row.regionId, byCode);
  }
  if (parentId !== null) {
    const own = new Map<string, RollupSums>();
    for (const code of [REPORTS_CODE, ...metrics]) {
      let left = sums.get(parentId)?.get(code) ?? NO_SUMS;
      for (const child of childIds) left = subtractSums(left, sums.get(child)?.get(code) ?? NO_SUMS);
      own.set(code, left);
    }
    sums.set(parentId, own);
  }
  const groups = new Map<number, Group>();
  for (const [id, byCode] of sums) {
    const counted = byCode.get(REPORTS_CODE) ?? NO_SUMS;
    if (counted.reports <= 0) continue;
    groups.set(id, {
      reports: counted.reports,
      flagged: counted.flagged,
      aggregate: (code) => aggregateOfSums(code, byCode.get(code) ?? NO_SUMS),
    });
  }
  return groups;
}
