import type { RegionNodeDto } from '@nianbao/schema';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { type SetURLSearchParams, useSearchParams } from 'react-router';
import type { FilterChange } from '../components/filter-bar.tsx';
import { parseFilters, withParams, writeFilters } from '../lib/filter-params.ts';
import { defaultRegion, type RegionRef, refOf, regionPath } from '../lib/region-tree.ts';
import { regionQueries } from '../queries/region-queries.ts';
import { seriesQueries } from '../queries/series-queries.ts';

/** The metric whose region line tells which years have reports (every report prints table 3). */
const YEAR_PROBE_METRIC = 'd.applications.received';

/** Values a page writes into the URL beside the shared filters. */
export type PageParams = Readonly<
  Record<string, string | number | boolean | readonly (string | number)[] | undefined>
>;

/**
 * The shared filters of a page, read from the URL with defaults filled in: the region the store's
 * reports are in, and the latest year with reports there. Changing a filter writes the URL (a new
 * history entry, so back/forward step through views).
 */
export function usePageFilters() {
  const [params, setParams] = useSearchParams();
  const stated = parseFilters(params);
  const tree = useQuery(regionQueries.tree());
  const roots: readonly RegionNodeDto[] = tree.data?.regions ?? [];

  const statedRegion = stated.region !== undefined || stated.regionId !== undefined;
  const fallback = useMemo(() => defaultRegion(roots), [roots]);
  const region: RegionRef = statedRegion
    ? { region: stated.region, regionId: stated.regionId }
    : fallback === undefined
      ? { region: undefined, regionId: undefined }
      : refOf(fallback);
  const path = useMemo(() => regionPath(roots, region), [roots, region]);

  const probe = useQuery(
    seriesQueries.series({
      metric: YEAR_PROBE_METRIC,
      agencies: [],
      regions: region.region === undefined ? [] : [region.region],
      regionIds: region.regionId === undefined ? [] : [region.regionId],
    }),
  );
  const years = useMemo(() => {
    const line = probe.data?.regions[0];
    return (line?.points ?? [])
      .filter((p) => p.reportCount > 0)
      .map((p) => p.year)
      .sort((a, b) => b - a);
  }, [probe.data]);
  const year = stated.year ?? years[0];

  const update = useCallback(
    (change: FilterChange, page: PageParams = {}) => updateParams(setParams, change, page),
    [setParams],
  );
  const setPage = useCallback(
    (page: PageParams) => setParams((previous) => withParams(previous, page)),
    [setParams],
  );

  const totalReports =
    roots.reduce((sum, r) => sum + r.totalReportCount, 0) + (tree.data?.unplaced.reportCount ?? 0);
  return {
    params,
    tree,
    roots,
    region,
    /** The chosen region and its ancestors; undefined while loading or for an unknown code. */
    path,
    regionNode: path?.at(-1),
    year,
    years,
    yearsPending: probe.isPending && probe.fetchStatus !== 'idle',
    kind: stated.kind,
    /** True once the tree has loaded and the store holds no report at all. */
    empty: tree.isSuccess && totalReports === 0,
    /** Reports exist, but none in a known region: nothing can be totalled by region. */
    noRegions: tree.isSuccess && totalReports > 0 && roots.length === 0,
    update,
    setPage,
  };
}

function updateParams(setParams: SetURLSearchParams, change: FilterChange, page: PageParams) {
  setParams((previous) => {
    const filters: Parameters<typeof writeFilters>[1] = {};
    if (change.region !== undefined) {
      filters.region = change.region.region;
      filters.regionId = change.region.regionId;
    }
    if ('year' in change) filters.year = change.year;
    if ('kind' in change) filters.kind = change.kind;
    return withParams(writeFilters(previous, filters), page);
  });
}
