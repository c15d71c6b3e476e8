import type { RankingDto } from '@nianbao/schema';
import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import { api, type RankingFilters } from '../api/client.ts';

/** Rows per request while scrolling: a few screens of the table, a few dozen KB of JSON. */
export const RANKING_PAGE_SIZE = 200;

/** Where the page after `last` starts; undefined once the whole ranking is loaded. */
export function nextRankingOffset(last: Pick<RankingDto, 'offset' | 'rows' | 'total'>): number | undefined {
  const next = last.offset + last.rows.length;
  return last.rows.length > 0 && next < last.total ? next : undefined;
}

/** Query factories for GET /api/rankings. */
export const rankingQueries = {
  all: () => ['rankings'] as const,
  /** The ranking in the server's column order, fetched a page at a time as the table scrolls. */
  pages: (filters: RankingFilters, pageSize = RANKING_PAGE_SIZE) => {
    const key: RankingFilters = {
      metric: filters.metric,
      year: filters.year,
      region: filters.region,
      regionId: filters.regionId,
      kind: filters.kind,
      order: filters.order ?? 'desc',
      includeFlagged: filters.includeFlagged === true,
      sort: filters.sort,
      dir: filters.dir,
    };
    return infiniteQueryOptions({
      queryKey: [...rankingQueries.all(), key, pageSize] as const,
      queryFn: ({ signal, pageParam }) =>
        api.rankings({ ...key, offset: pageParam, limit: pageSize }, signal),
      initialPageParam: 0,
      getNextPageParam: nextRankingOffset,
      enabled: key.metric !== '',
      placeholderData: keepPreviousData,
    });
  },
};
