import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { type AuditFilters, api } from '../api/client.ts';

/** Query factories for GET /api/audit. */
export const auditQueries = {
  all: () => ['audit'] as const,
  list: (filters: AuditFilters) => {
    const key = { report: filters.report, page: filters.page, pageSize: filters.pageSize };
    return queryOptions({
      queryKey: [...auditQueries.all(), 'list', key] as const,
      queryFn: ({ signal }) => api.audit(key, signal),
      placeholderData: keepPreviousData,
    });
  },
};
