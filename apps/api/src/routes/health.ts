import { countReports, type Store } from '@nianbao/db';
import { Hono } from 'hono';

/** Liveness plus the number of stored reports (the dashboard's first sign of data). */
export const healthRoutes = (store: Store) =>
  new Hono().get('/', async (c) => c.json({ status: 'ok' as const, reports: await countReports(store) }));
