import {
  type AgencyKind,
  metricByCode,
  type SeriesResultDto,
  type Template,
  type Values,
} from '@nianbao/schema';
import { type RegionRef, regionSubtreeIds, resolveRegion } from '../regions/region-ref.ts';
import type { Store } from '../store.ts';
import { aggregateInputs, aggregateMetric } from './aggregate-metric.ts';
import { dominantEdition } from './edition-breaks.ts';
import { UnknownMetricError } from './get-series.ts';
import { loadMetricValues } from './metric-values.ts';
import { scopedReports } from './report-scope.ts';
import { hasRollups, rollupSeriesPoints } from './rollup-reads.ts';

export interface RegionSeriesFilter {
  metric: string;
  regions: readonly RegionRef[];
  from?: number | undefined;
  to?: number | undefined;
  /** Only agencies of this kind count. */
  kind?: AgencyKind | undefined;
}

type RegionLine = SeriesResultDto['regions'][number];

/** How a read model may answer; the default is the fastest way. */
export interface ReadModelOptions {
  /** False reads every report's values even where rollups could answer (tests, benchmarks). */
  rollups?: boolean | undefined;
}

/**
 * One line per region (in the order asked; an unknown region throws UnknownRegionError): a point
 * per year in which its agencies (and those of every region below) have current reports, the metric
 * aggregated over them, with the number of reports that carried it.
 */
export async function getRegionSeries(
  store: Store,
  filter: RegionSeriesFilter,
  options: ReadModelOptions = {},
): Promise<RegionLine[]> {
  if (!metricByCode(filter.metric)) throw new UnknownMetricError(filter.metric);
  const lines: RegionLine[] = [];
  for (const ref of filter.regions) {
    const region = await resolveRegion(store.db, ref);
    if (region === undefined) continue;
    if (options.rollups !== false && hasRollups(region.level)) {
      // Counties and up: the region's own rollup rows (its whole subtree) instead of every report.
      const points = await rollupSeriesPoints(store.db, filter.metric, [region.id], filter);
      lines.push({ regionId: region.id, regionCode: region.code, regionName: region.name, points });
      continue;
    }
    const scope = scopedReports(store.db, {
      regionIds: await regionSubtreeIds(store.db, region.id),
      from: filter.from,
      to: filter.to,
      kind: filter.kind,
      excludeSummaries: true,
    });
    const [reports, values] = await Promise.all([
      scope.select(['reports.id', 'reports.year', 'reports.template', 'reports.status']).execute(),
      loadMetricValues(store.db, scope, aggregateInputs(filter.metric)),
    ]);
    const byYear = new Map<number, { values: Values[]; templates: Template[]; flagged: number }>();
    for (const report of reports) {
      if (report.year === null) continue;
      const entry = byYear.get(report.year) ?? { values: [], templates: [], flagged: 0 };
      const reportValues = values.get(report.id) ?? {};
      entry.values.push(reportValues);
      if (Object.keys(reportValues).length > 0) {
        entry.templates.push(report.template);
        // Only reports that feed the figure make it questionable.
        if (report.status === 'flagged') entry.flagged += 1;
      }
      byYear.set(report.year, entry);
    }
    const points = [...byYear.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, entry]) => ({
        year,
        ...aggregateMetric(filter.metric, entry.values),
        flaggedCount: entry.flagged,
        template: dominantEdition(entry.templates) ?? ('unknown' as const),
      }));
    lines.push({ regionId: region.id, regionCode: region.code, regionName: region.name, points });
  }
  return lines;
}
