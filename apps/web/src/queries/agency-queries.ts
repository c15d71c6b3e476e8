import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { type AgencyFilters, api } from '../api/client.ts';

/** Query factories for GET /api/agencies. */
export const agencyQueries = {
  all: () => ['agencies'] as const,
  list: (filters: AgencyFilters) => {
    const key: AgencyFilters = {
      q: filters.q?.trim() || undefined,
      kind: filters.kind,
      region: filters.region,
      regionId: filters.regionId,
    };
    return queryOptions({
      queryKey: [...agencyQueries.all(), 'list', key] as const,
      queryFn: ({ signal }) => api.agencies(key, signal),
      placeholderData: keepPreviousData,
    });
  },
};
