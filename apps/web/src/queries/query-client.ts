import { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from '../api/client.ts';

/** The dashboard's QueryClient: short staleness, and no retries for answers the server meant (4xx). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          if (error instanceof ApiRequestError && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
    },
  });
}
