import type { AgencyKind, SeriesResultDto, Template } from '@nianbao/schema';
import type { RegionRef } from '../regions/region-ref.ts';
import type { Store } from '../store.ts';
import { aggregationOf } from './aggregate-metric.ts';
import { changedBetweenEditions, editionBreaksOf, mergeEditionBreaks } from './edition-breaks.ts';
import { getRegionSeries, type ReadModelOptions } from './get-region-series.ts';
import { getSeries } from './get-series.ts';

export interface SeriesResultFilter {
  metric: string;
  agency: readonly number[];
  regions?: readonly RegionRef[];
  from?: number | undefined;
  to?: number | undefined;
  /** Region lines only: sum over agencies of this kind. */
  kind?: AgencyKind | undefined;
}

/**
 * GET /api/series: agency lines (getSeries, each point with its report's edition), region lines
 * (getRegionSeries), and the edition breaks where the metric's meaning changed along a line.
 * Throws UnknownMetricError / UnknownRegionError.
 */
export async function getSeriesResult(
  store: Store,
  filter: SeriesResultFilter,
  options: ReadModelOptions = {},
): Promise<SeriesResultDto> {
  const { metric } = filter;
  const agencyLines = await getSeries(store, {
    metric,
    agency: filter.agency,
    ...(filter.from === undefined ? {} : { from: filter.from }),
    ...(filter.to === undefined ? {} : { to: filter.to }),
  });
  const regions = await getRegionSeries(
    store,
    {
      metric,
      regions: filter.regions ?? [],
      from: filter.from,
      to: filter.to,
      kind: filter.kind,
    },
    options,
  );
  const reportIds = agencyLines.series.flatMap((line) => line.points.map((p) => p.reportId));
  const reportInfo = new Map<number, { template: Template; flagged: boolean }>();
  if (reportIds.length > 0) {
    const rows = await store.db
      .selectFrom('reports')
      .select(['id', 'template', 'status'])
      .where('id', 'in', reportIds)
      .execute();
    for (const row of rows)
      reportInfo.set(row.id, { template: row.template, flagged: row.status === 'flagged' });
  }
  const series = agencyLines.series.map((line) => ({
    ...line,
    points: line.points.map((p) => ({
      ...p,
      template: reportInfo.get(p.reportId)?.template ?? ('unknown' as const),
      flagged: reportInfo.get(p.reportId)?.flagged ?? false,
    })),
  }));
  return {
    metric,
    aggregation: aggregationOf(metric),
    changedBetweenEditions: changedBetweenEditions(metric),
    series,
    regions,
    editionBreaks: mergeEditionBreaks([
      ...series.map((line) => editionBreaksOf(metric, line.points)),
      ...regions.map((line) => editionBreaksOf(metric, line.points)),
    ]),
  };
}
