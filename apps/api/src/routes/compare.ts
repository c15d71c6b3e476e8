import { zValidator } from '@hono/zod-validator';
import { getComparison, type Store } from '@nianbao/db';
import { compareQuerySchema } from '@nianbao/schema';
import { Hono } from 'hono';
import { validationHook } from '../errors.ts';
import { comparisonTable } from '../formats/analytics-tables.ts';
import { exportable } from '../formats/exportable.ts';
import { analyticsProblem, assertMetrics, regionRefOf } from './regions.ts';

/** One year side by side: agencies of a region, or its child regions each summed over its subtree. */
export const compareRoutes = (store: Store) =>
  new Hono().get(
    '/',
    zValidator('query', compareQuerySchema, validationHook),
    exportable(comparisonTable),
    async (c) => {
      const query = c.req.valid('query');
      assertMetrics(query.metrics);
      const comparison = await getComparison(store, {
        metrics: query.metrics,
        year: query.year,
        region: regionRefOf(query),
        kind: query.kind,
        groupBy: query.groupBy,
      }).catch((error: unknown) => {
        throw analyticsProblem(error);
      });
      return c.json(comparison);
    },
  );
