import {
  getRegionTree,
  type RegionRef,
  type Store,
  UnknownMetricError,
  UnknownRegionError,
} from '@nianbao/db';
import { isMetricCode } from '@nianbao/schema';
import { Hono } from 'hono';
import { ApiProblem } from '../errors.ts';

/** The region a query names by `region` (GB/T code) or `regionId`; both at once is a mistake. */
export function regionRefOf(query: {
  region?: string | undefined;
  regionId?: number | undefined;
}): RegionRef {
  if (query.region !== undefined && query.regionId !== undefined) {
    throw new ApiProblem(
      400,
      'invalid_request',
      'Give either region (a GB/T 2260 code) or regionId, not both.',
    );
  }
  return { code: query.region, id: query.regionId };
}

/** The API problem for a read model's expected failure; anything else is passed on unchanged. */
export function analyticsProblem(error: unknown): unknown {
  if (error instanceof UnknownRegionError) return new ApiProblem(404, error.code, error.message);
  if (error instanceof UnknownMetricError) {
    return new ApiProblem(400, 'unknown_metric', `Unknown metric code "${error.metric}"; see /api/metrics.`);
  }
  return error;
}

/** Rejects unknown metric codes before any query runs. */
export function assertMetrics(codes: readonly string[]): void {
  const unknown = codes.find((code) => !isMetricCode(code));
  if (unknown !== undefined) {
    throw new ApiProblem(400, 'unknown_metric', `Unknown metric code "${unknown}"; see /api/metrics.`);
  }
}

/** The region tree (province → city → county → township) with report counts. */
export const regionRoutes = (store: Store) =>
  new Hono().get('/', async (c) => c.json(await getRegionTree(store)));
