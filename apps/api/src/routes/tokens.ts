import { zValidator } from '@hono/zod-validator';
import { createToken, listTokens, revokeToken, type Store } from '@nianbao/db';
import { tokenCreateBodySchema } from '@nianbao/schema';
import { Hono } from 'hono';
import { z } from 'zod';
import { type AuthEnv, requireRole } from '../auth/require-role.ts';
import { ApiProblem, validationHook } from '../errors.ts';
import { rethrowAsProblem } from '../write-problems.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const idParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** Token management for admins; the CLI (`nianbao token …`) does the same without a token. */
export const tokenRoutes = (store: Store) =>
  new Hono<AuthEnv>()
    .use('*', requireRole(store, 'admin'))
    .get('/', async (c) => c.json({ tokens: await listTokens(store) }))
    .post('/', zValidator('json', tokenCreateBodySchema, validationHook), async (c) => {
      try {
        const { name, role, expiresInDays } = c.req.valid('json');
        const expiresAt = expiresInDays === undefined ? null : new Date(Date.now() + expiresInDays * DAY_MS);
        return c.json(await createToken(store, { name, role, expiresAt }), 201);
      } catch (error) {
        return rethrowAsProblem(error);
      }
    })
    .delete('/:id', zValidator('param', idParam, validationHook), async (c) => {
      const { id } = c.req.valid('param');
      if (!(await revokeToken(store, id))) {
        throw new ApiProblem(404, 'token_not_found', `No live token with id ${id}.`);
      }
      return c.json({ id, revoked: true as const });
    });
