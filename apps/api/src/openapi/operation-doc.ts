import type { TokenRole } from '@nianbao/db';
import type { z } from 'zod';

/** What the OpenAPI document says about one route beyond its method and path. */
export interface OperationDoc {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The route as Hono writes it, under /api: `/api/reports/:id`. */
  path: string;
  /** Group on the docs page. */
  tag: string;
  summary: string;
  description?: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: { contentType: 'application/json' | 'multipart/form-data'; schema: z.ZodType };
  /** The success body (JSON unless `produces` says otherwise). */
  response?: z.ZodType;
  /** Success status; 200 unless said. */
  status?: number;
  /** Media type of a non-JSON success body (a stored file). */
  produces?: string;
  /** The token role the route needs; reads need none unless the server closes them. */
  role?: TokenRole;
  /** Also answers `format=csv` and `format=xlsx`. */
  exportable?: boolean;
  /** Error statuses the route answers besides 400 and, with a role, 401/403. */
  errors?: readonly number[];
}
