import type { Store, TokenRole } from '@nianbao/db';
import type { MiddlewareHandler } from 'hono';
import { requireRole } from '../auth/require-role.ts';

/** API areas that only a role may see at all, reads included. */
export const GUARDED_AREAS: readonly { prefix: string; role: TokenRole }[] = [
  { prefix: '/api/tokens', role: 'admin' },
];

/**
 * Checks the role of guarded areas at the edge, before any route, ETag or response cache runs, so
 * no shared layer can answer (200 or 304) a request its route would refuse. The routes keep their
 * own check; this one only makes the order impossible to get wrong.
 */
export function roleGate(store: Store): MiddlewareHandler {
  const guards = GUARDED_AREAS.map((area) => ({ ...area, guard: requireRole(store, area.role) }));
  return async (c, next) => {
    const area = guards.find((g) => c.req.path === g.prefix || c.req.path.startsWith(`${g.prefix}/`));
    if (area === undefined) return next();
    return area.guard(c, next);
  };
}
