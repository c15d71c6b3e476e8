import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, type SeriesFilters } from '../api/client.ts';

/** Query factories for GET /api/series. */
export const seriesQueries = {
  all: () => ['series'] as const,
  series: (filters: SeriesFilters) => {
    const key = {
      metric: filters.metric,
      agencies: [...filters.agencies],
      from: filters.from,
      to: filters.to,
    };
    return queryOptions({
      queryKey: [...seriesQueries.all(), key] as const,
      queryFn: ({ signal }) => api.series(key, signal),
      // Without a metric or an agency there is nothing to ask the server for.
      enabled: key.metric !== '' && key.agencies.length > 0,
      placeholderData: keepPreviousData,
    });
  },
};
