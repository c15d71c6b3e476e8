import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, type SeriesFilters } from '../api/client.ts';

/** Query factories for GET /api/series. */
export const seriesQueries = {
  all: () => ['series'] as const,
  series: (filters: SeriesFilters) => {
    const key = {
      metric: filters.metric,
      agencies: [...filters.agencies],
      regions: [...(filters.regions ?? [])],
      regionIds: [...(filters.regionIds ?? [])],
      kind: filters.kind,
      from: filters.from,
      to: filters.to,
    };
    const lines = key.agencies.length + key.regions.length + key.regionIds.length;
    return queryOptions({
      queryKey: [...seriesQueries.all(), key] as const,
      queryFn: ({ signal }) => api.series(key, signal),
      // Without a metric or a line there is nothing to ask the server for.
      enabled: key.metric !== '' && lines > 0,
      placeholderData: keepPreviousData,
    });
  },
};
