import { type AgencyKind, type ComparisonDto, metricByCode, type Values } from '@nianbao/schema';
import {
  inRegionSubtree,
  type RegionRef,
  type RegionRow,
  regionSubtreeIds,
  resolveRegion,
} from '../regions/region-ref.ts';
import type { Store } from '../store.ts';
import { aggregateInputs, aggregateMetric, aggregationOf } from './aggregate-metric.ts';
import { compareRegions } from './get-region-tree.ts';
import { UnknownMetricError } from './get-series.ts';
import { loadMetricValues } from './metric-values.ts';
import { hasErrorFinding, scopedReports } from './report-scope.ts';

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
export async function getComparison(store: Store, filter: ComparisonFilter): Promise<ComparisonDto> {
  const metrics = [...new Set(filter.metrics)];
  for (const code of metrics) if (!metricByCode(code)) throw new UnknownMetricError(code);
  const region = await resolveRegion(store.db, filter.region ?? {});
  return filter.groupBy === 'agency'
    ? compareAgencies(store, metrics, filter, region)
    : compareRegionsOf(store, metrics, filter, region);
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
): Promise<ComparisonDto> {
  const { db } = store;
  const regions = await db
    .selectFrom('regions')
    .select(['id', 'code', 'name', 'level', 'parent_id'])
    .$if(parent !== undefined, (qb) => qb.where(inRegionSubtree('regions.id', parent?.id ?? 0)))
    .execute();
  const parentId = parent?.id ?? null;
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

  // The subtree is the regions just read (all of them at the top of the tree: no filter needed).
  const regionIds = parent ? regions.map((r) => r.id) : undefined;
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
  const groups = new Map<number, { values: Values[]; flagged: number }>();
  for (const report of reports) {
    const group = groupOf(report.region_id);
    if (group === undefined || group === null) continue;
    const entry = groups.get(group) ?? { values: [], flagged: 0 };
    entry.values.push(values.get(report.id) ?? {});
    if (report.flagged) entry.flagged += 1;
    groups.set(group, entry);
  }
  const row = (region: (typeof regions)[number] | RegionRow, scopeKind: 'subtree' | 'own') => {
    const entry = groups.get(region.id) ?? { values: [], flagged: 0 };
    const aggregates = metrics.map((code) => [code, aggregateMetric(code, entry.values)] as const);
    return {
      regionId: region.id,
      regionCode: region.code,
      regionName: region.name,
      level: region.level,
      scope: scopeKind,
      reportCount: entry.values.length,
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
