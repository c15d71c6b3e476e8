import { METRICS } from '@nianbao/schema';
import { Hono } from 'hono';

/** The metric catalogue: codes, Chinese/English labels, units, editions, formulas. */
export const metricRoutes = () => new Hono().get('/', (c) => c.json({ metrics: METRICS }));
