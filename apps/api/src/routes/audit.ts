import { zValidator } from '@hono/zod-validator';
import { listAudit, type Store } from '@nianbao/db';
import { auditQuerySchema } from '@nianbao/schema';
import { Hono } from 'hono';
import { validationHook } from '../errors.ts';
import { exportable } from '../formats/exportable.ts';
import { auditTable } from '../formats/resource-tables.ts';

/** The audit log: every import, correction, delete and restore made through the API, newest first. */
export const auditRoutes = (store: Store) =>
  new Hono().get(
    '/',
    zValidator('query', auditQuerySchema, validationHook),
    exportable(auditTable),
    async (c) => c.json(await listAudit(store, c.req.valid('query'))),
  );
