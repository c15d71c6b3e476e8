import type { Store } from '@nianbao/db';
import type { MiddlewareHandler } from 'hono';
import { requireRole } from './require-role.ts';

// Liveness checks and the API's own documentation stay readable for monitors and new users.
const ALWAYS_OPEN = new Set(['/api/health', '/api/openapi.json', '/api/docs']);

/**
 * Reads (GET, HEAD) are open unless the store is configured closed; then they need a token of any
 * role. Writes are guarded per route by `requireRole`.
 */
export function readAccess(store: Store, readsRequireToken: boolean): MiddlewareHandler {
  const guard = requireRole(store, 'reader');
  return async (c, next) => {
    const isRead = c.req.method === 'GET' || c.req.method === 'HEAD';
    if (!readsRequireToken || !isRead || ALWAYS_OPEN.has(c.req.path)) return next();
    return guard(c, next);
  };
}
