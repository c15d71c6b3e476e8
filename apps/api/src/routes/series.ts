import { zValidator } from '@hono/zod-validator';
import { getSeriesResult, type Store } from '@nianbao/db';
import { isMetricCode, seriesFilterQuerySchema } from '@nianbao/schema';
import { Hono } from 'hono';
import { ApiProblem, validationHook } from '../errors.ts';
import { exportable } from '../formats/exportable.ts';
import { seriesTable } from '../formats/resource-tables.ts';
import { analyticsProblem } from './regions.ts';

/**
 * One metric over a year range for chosen agencies (each point with its report's edition) and for
 * regions (summed over their agencies, with report counts), with edition breaks marked.
 */
export const seriesRoutes = (store: Store) =>
  new Hono().get(
    '/',
    zValidator('query', seriesFilterQuerySchema, validationHook),
    exportable(seriesTable),
    async (c) => {
      const query = c.req.valid('query');
      if (!isMetricCode(query.metric)) {
        throw new ApiProblem(
          400,
          'unknown_metric',
          `Unknown metric code "${query.metric}"; see /api/metrics.`,
        );
      }
      if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
        throw new ApiProblem(400, 'invalid_range', `from (${query.from}) is after to (${query.to}).`);
      }
      const result = await getSeriesResult(store, {
        metric: query.metric,
        agency: query.agency,
        regions: [...query.region.map((code) => ({ code })), ...query.regionId.map((id) => ({ id }))],
        from: query.from,
        to: query.to,
        kind: query.kind,
      }).catch((error: unknown) => {
        throw analyticsProblem(error);
      });
      return c.json(result);
    },
  );
