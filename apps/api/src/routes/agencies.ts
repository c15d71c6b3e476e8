import { zValidator } from '@hono/zod-validator';
import { listAgencies, resolveRegion, type Store } from '@nianbao/db';
import { agencyFilterQuerySchema } from '@nianbao/schema';
import { Hono } from 'hono';
import { validationHook } from '../errors.ts';
import { exportable } from '../formats/exportable.ts';
import { agencyListTable } from '../formats/resource-tables.ts';
import { analyticsProblem, regionRefOf } from './regions.ts';

/** Agencies, filterable by name text, kind and region (with every region below it). */
export const agencyRoutes = (store: Store) =>
  new Hono().get(
    '/',
    zValidator('query', agencyFilterQuerySchema, validationHook),
    exportable(agencyListTable),
    async (c) => {
      const { q, kind, ...query } = c.req.valid('query');
      const region = await resolveRegion(store.db, regionRefOf(query)).catch((error: unknown) => {
        throw analyticsProblem(error);
      });
      return c.json({ agencies: await listAgencies(store, { q, kind, regionId: region?.id }) });
    },
  );
