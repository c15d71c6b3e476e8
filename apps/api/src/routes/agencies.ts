import { zValidator } from '@hono/zod-validator';
import { listAgencies, type Store } from '@nianbao/db';
import { agencyListQuerySchema } from '@nianbao/schema';
import { Hono } from 'hono';
import { validationHook } from '../errors.ts';

/** Agencies that have reports, filterable by name text and kind. */
export const agencyRoutes = (store: Store) =>
  new Hono().get('/', zValidator('query', agencyListQuerySchema, validationHook), async (c) =>
    c.json({ agencies: await listAgencies(store, c.req.valid('query')) }),
  );
