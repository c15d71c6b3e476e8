import { zValidator } from '@hono/zod-validator';
import { getReportDetail, listReports, type Store } from '@nianbao/db';
import { reportListQuerySchema } from '@nianbao/schema';
import { Hono } from 'hono';
import { z } from 'zod';
import { ApiProblem, validationHook } from '../errors.ts';
import { exportable } from '../formats/exportable.ts';
import { reportListTable } from '../formats/resource-tables.ts';

const idParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** Report list (paged, searchable) and one report with values, provenance, facts and findings. */
export const reportRoutes = (store: Store) =>
  new Hono()
    .get(
      '/',
      zValidator('query', reportListQuerySchema, validationHook),
      exportable(reportListTable),
      async (c) => c.json(await listReports(store, c.req.valid('query'))),
    )
    .get('/:id', zValidator('param', idParam, validationHook), async (c) => {
      const { id } = c.req.valid('param');
      const detail = await getReportDetail(store, id);
      if (!detail) throw new ApiProblem(404, 'report_not_found', `No report with id ${id}.`);
      return c.json(detail);
    });
