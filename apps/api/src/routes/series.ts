import { zValidator } from '@hono/zod-validator';
import { getSeries, type Store } from '@nianbao/db';
import { isMetricCode, seriesQuerySchema } from '@nianbao/schema';
import { Hono } from 'hono';
import { ApiProblem, validationHook } from '../errors.ts';

/** One metric for chosen agencies over a year range: the trend chart's data. */
export const seriesRoutes = (store: Store) =>
  new Hono().get('/', zValidator('query', seriesQuerySchema, validationHook), async (c) => {
    const query = c.req.valid('query');
    if (!isMetricCode(query.metric)) {
      throw new ApiProblem(400, 'unknown_metric', `Unknown metric code "${query.metric}"; see /api/metrics.`);
    }
    if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
      throw new ApiProblem(400, 'invalid_range', `from (${query.from}) is after to (${query.to}).`);
    }
    return c.json(await getSeries(store, query));
  });
