import { type Store, type TokenHolder, type TokenRole, verifyToken } from '@nianbao/db';
import type { Context, MiddlewareHandler } from 'hono';
import { errorBody } from '../errors.ts';
import { sessionOf } from '../security/session-auth.ts';
import { bearerToken } from './bearer-token.ts';

/** Routes behind `requireRole` find the token's holder here. */
export type AuthEnv = { Variables: { holder: TokenHolder } };

const RANK: Record<TokenRole, number> = { reader: 0, editor: 1, admin: 2 };

function unauthorized(c: Context, code: string, message: string) {
  // RFC 6750: a 401 names the scheme (and the error) so clients know what to send.
  const error = code === 'invalid_token' ? ', error="invalid_token"' : '';
  c.header('WWW-Authenticate', `Bearer realm="nianbao"${error}`);
  return c.json(errorBody(code, message), 401);
}

/**
 * Lets a request through only with a live token of at least `role` (reader < editor < admin):
 * 401 without a token or with a wrong or revoked one, 403 with a weaker role. Nothing after it
 * runs otherwise, so nothing changes.
 */
export function requireRole(store: Store, role: TokenRole): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const token = bearerToken(c.req.header('Authorization'));
    let holder: TokenHolder | undefined;
    if (token === undefined) {
      // No bearer token: the dashboard's session cookie (CSRF-checked on writes) may stand in.
      const session = await sessionOf(store, c);
      if (session.kind === 'cross_site') {
        return c.json(
          errorBody('csrf_rejected', `Cookie-authenticated write refused: ${session.reason}.`),
          403,
        );
      }
      if (session.kind === 'invalid') {
        return unauthorized(c, 'session_invalid', 'The session has expired or was ended; log in again.');
      }
      if (session.kind === 'none') {
        return unauthorized(
          c,
          'unauthorized',
          'This request needs a token: send "Authorization: Bearer <token>" or log in.',
        );
      }
      holder = session.holder;
    } else {
      holder = token === null ? undefined : await verifyToken(store, token);
    }
    if (!holder)
      return unauthorized(
        c,
        'invalid_token',
        'The token is not valid (wrong, malformed, expired or revoked).',
      );
    if (RANK[holder.role] < RANK[role]) {
      return c.json(
        errorBody('forbidden', `This request needs a token of role ${role}; yours is ${holder.role}.`),
        403,
      );
    }
    c.set('holder', holder);
    await next();
  };
}
