import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, type CompareFilters } from '../api/client.ts';

/** Query factories for GET /api/compare. */
export const compareQueries = {
  all: () => ['compare'] as const,
  compare: (filters: CompareFilters) => {
    const key: CompareFilters = {
      metrics: [...filters.metrics],
      year: filters.year,
      region: filters.region,
      regionId: filters.regionId,
      kind: filters.kind,
      groupBy: filters.groupBy,
    };
    return queryOptions({
      queryKey: [...compareQueries.all(), key] as const,
      queryFn: ({ signal }) => api.compare(key, signal),
      enabled: key.metrics.length > 0,
      placeholderData: keepPreviousData,
    });
  },
};
