import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, type RankingFilters } from '../api/client.ts';

/** Query factories for GET /api/rankings. */
export const rankingQueries = {
  all: () => ['rankings'] as const,
  ranking: (filters: RankingFilters) => {
    const key: RankingFilters = {
      metric: filters.metric,
      year: filters.year,
      region: filters.region,
      regionId: filters.regionId,
      kind: filters.kind,
      order: filters.order ?? 'desc',
      includeFlagged: filters.includeFlagged === true,
    };
    return queryOptions({
      queryKey: [...rankingQueries.all(), key] as const,
      queryFn: ({ signal }) => api.rankings(key, signal),
      enabled: key.metric !== '',
      placeholderData: keepPreviousData,
    });
  },
};
