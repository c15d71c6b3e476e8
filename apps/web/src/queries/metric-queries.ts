import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/client.ts';

/** Query factories for the metric catalogue (GET /api/metrics); it only changes with a deploy. */
export const metricQueries = {
  all: () => ['metrics'] as const,
  catalogue: () =>
    queryOptions({
      queryKey: [...metricQueries.all(), 'catalogue'] as const,
      queryFn: ({ signal }) => api.metrics(signal),
      staleTime: Number.POSITIVE_INFINITY,
    }),
};
