import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { type LedgerRankingFilters, type LedgerSeriesFilters, ledgerApi } from '../lib/ledger-api.ts';

/** Query factories for the information-adoption ledger (GET /api/ledger/*); every filter is in the key. */
export const ledgerQueries = {
  all: () => ['ledger'] as const,
  rankings: (filters: LedgerRankingFilters) => {
    const key: LedgerRankingFilters = {
      year: filters.year,
      month: filters.month,
      scope: filters.scope,
      region: filters.region,
      regionId: filters.regionId,
      kind: filters.kind,
      by: filters.by,
      order: filters.order,
    };
    return queryOptions({
      queryKey: [...ledgerQueries.all(), 'rankings', key] as const,
      queryFn: ({ signal }) => ledgerApi.rankings(key, signal),
      placeholderData: keepPreviousData,
    });
  },
  series: (filters: LedgerSeriesFilters) => {
    const key: LedgerSeriesFilters = { agency: filters.agency, year: filters.year };
    return queryOptions({
      queryKey: [...ledgerQueries.all(), 'series', key] as const,
      queryFn: ({ signal }) => ledgerApi.series(key, signal),
      placeholderData: keepPreviousData,
    });
  },
};
