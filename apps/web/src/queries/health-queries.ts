import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/client.ts';

/** Query factories for GET /api/health. */
export const healthQueries = {
  all: () => ['health'] as const,
  status: () =>
    queryOptions({
      queryKey: [...healthQueries.all(), 'status'] as const,
      queryFn: ({ signal }) => api.health(signal),
    }),
};
