import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/client.ts';

/** Query factories for GET /api/regions (the tree the filter bar picks from). */
export const regionQueries = {
  all: () => ['regions'] as const,
  tree: () =>
    queryOptions({
      queryKey: [...regionQueries.all(), 'tree'] as const,
      queryFn: ({ signal }) => api.regions(signal),
      staleTime: 5 * 60_000,
    }),
};
