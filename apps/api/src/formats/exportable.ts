import type { MiddlewareHandler } from 'hono';
import type { TableModel } from './table-model.ts';
import { tableResponse } from './table-response.ts';

/**
 * Route middleware that turns a route's JSON answer into a CSV or xlsx download when the query
 * says `format=csv|xlsx`. The handler stays a plain `c.json(dto)` (so the typed RPC client sees
 * only the JSON shape) and the table is built from exactly the DTO the JSON would have carried.
 * Put it after the query validator, which must accept `format` (see `exportFormatSchema`):
 *
 *   .get('/', zValidator('query', schema, validationHook), exportable(rankingTable), handler)
 */
export function exportable<Dto, Row>(toTable: (dto: Dto) => TableModel<Row>): MiddlewareHandler {
  return async (c, next) => {
    const format = c.req.query('format');
    await next();
    if ((format !== 'csv' && format !== 'xlsx') || c.res.status !== 200) return;
    const dto = (await c.res.json()) as Dto;
    const download = await tableResponse(format, toTable(dto));
    // Cleared first so no header of the JSON response (its length, its type) leaks into the file's.
    c.res = undefined;
    c.res = download;
  };
}
