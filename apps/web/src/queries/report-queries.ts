import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, type ReportFilters } from '../api/client.ts';

/** Query factories for GET /api/reports and GET /api/reports/:id. */
export const reportQueries = {
  all: () => ['reports'] as const,
  list: (filters: ReportFilters) => {
    const key: ReportFilters = {
      q: filters.q?.trim() || undefined,
      agency: filters.agency,
      year: filters.year,
      page: filters.page,
      pageSize: filters.pageSize,
    };
    return queryOptions({
      queryKey: [...reportQueries.all(), 'list', key] as const,
      queryFn: ({ signal }) => api.reports(key, signal),
      placeholderData: keepPreviousData,
    });
  },
  detail: (id: number) =>
    queryOptions({
      queryKey: [...reportQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => api.report(id, signal),
    }),
  /** Value changes from an older version to this report. */
  diff: (id: number, fromVersion: number | undefined) =>
    queryOptions({
      queryKey: [...reportQueries.all(), 'diff', id, fromVersion] as const,
      queryFn: ({ signal }) => api.diff(id, fromVersion ?? 0, signal),
      enabled: fromVersion !== undefined,
    }),
};
