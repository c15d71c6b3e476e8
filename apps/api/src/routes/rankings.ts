import { zValidator } from '@hono/zod-validator';
import { getRankings, type Store } from '@nianbao/db';
import { rankingQuerySchema } from '@nianbao/schema';
import { Hono } from 'hono';
import type { CachedReads } from '../cache/cached-reads.ts';
import { validationHook } from '../errors.ts';
import { rankingTable } from '../formats/analytics-tables.ts';
import { exportable } from '../formats/exportable.ts';
import { RankingMemos } from './ranking-memo.ts';
import { analyticsProblem, assertMetrics, regionRefOf } from './regions.ts';

/**
 * Agencies ranked by one metric in one year, with last year's rank; flagged reports on request.
 * Listed by any column and cut into pages (`offset`, `limit`); downloads always carry every row.
 * With the response cache on (`reads`), the pages of one ranking share one computation.
 */
export const rankingRoutes = (store: Store, reads?: CachedReads) => {
  const memos = new RankingMemos(reads);
  return new Hono().get(
    '/',
    zValidator('query', rankingQuerySchema, validationHook),
    exportable(rankingTable),
    async (c) => {
      const query = c.req.valid('query');
      assertMetrics([query.metric]);
      const download = query.format === 'csv' || query.format === 'xlsx';
      const ranking = await getRankings(store, {
        metric: query.metric,
        year: query.year,
        region: regionRefOf(query),
        kind: query.kind,
        order: query.order,
        includeFlagged: query.includeFlagged,
        sort: query.sort,
        dir: query.dir,
        offset: download ? 0 : query.offset,
        limit: download ? undefined : query.limit,
        memo: memos.for(c),
      }).catch((error: unknown) => {
        throw analyticsProblem(error);
      });
      return c.json(ranking);
    },
  );
};
