import { zValidator } from '@hono/zod-validator';
import { createSession, deleteSession, type TokenHolder, verifyToken } from '@nianbao/db';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { bearerToken } from '../auth/bearer-token.ts';
import { errorBody, validationHook } from '../errors.ts';
import { clientAddress, isHttps } from '../security/client-address.ts';
import { tooManyRequests } from '../security/rate-limit.ts';
import { checkSameOrigin } from '../security/same-origin.ts';
import type { SecurityLayer } from '../security/security-layer.ts';
import { sessionOf } from '../security/session-auth.ts';
import { clearSessionCookie, sessionSecret, setSessionCookie } from '../security/session-cookie.ts';

/** Body of POST /api/session: the token the editor pastes into the login form. */
export const loginBodySchema = z.object({ token: z.string().trim().min(1).max(200) });

/** Who a request is, as GET/POST/DELETE /api/session answer it. */
export type SessionDto =
  | { authenticated: false }
  | {
      authenticated: true;
      via: 'session' | 'bearer';
      token: { id: number; name: string; role: TokenHolder['role']; expiresAt: string | null };
      /** When this login ends: the session's end, or the token's expiry for a bearer (null: never). */
      expiresAt: string | null;
    };

const ANONYMOUS: SessionDto = { authenticated: false };

function signedIn(holder: TokenHolder, via: 'session' | 'bearer', expiresAt: string | null): SessionDto {
  const { id, name, role } = holder;
  return { authenticated: true, via, token: { id, name, role, expiresAt: holder.expiresAt }, expiresAt };
}

/** Answers must never be stored: they describe one browser's login at one moment. */
function noStore(c: Context) {
  c.header('Cache-Control', 'no-store');
}

/**
 * Dashboard login. POST exchanges a token for an HttpOnly, SameSite=Strict session cookie bound to
 * that token (ending with it: expiry or revocation); GET says who the request is; DELETE logs out.
 * Mounted ahead of the read guard and the ETag layer: "who am I" is answerable by anyone and must
 * not be answered 304 from the data version.
 */
export const sessionRoutes = (layer: SecurityLayer) => {
  const { store, options } = layer;
  return new Hono()
    .get('/', async (c) => {
      noStore(c);
      const token = bearerToken(c.req.header('Authorization'));
      if (token !== undefined) {
        const holder = token === null ? undefined : await verifyToken(store, token);
        if (holder === undefined) {
          return c.json(
            errorBody('invalid_token', 'The token is not valid (wrong, malformed, expired or revoked).'),
            401,
          );
        }
        return c.json(signedIn(holder, 'bearer', holder.expiresAt));
      }
      const session = await sessionOf(store, c);
      if (session.kind === 'valid') {
        return c.json(signedIn(session.holder, 'session', session.holder.sessionExpiresAt));
      }
      if (session.kind === 'invalid') clearSessionCookie(c, isHttps(c, options.trustProxy));
      return c.json(ANONYMOUS);
    })
    .post('/', zValidator('json', loginBodySchema, validationHook), async (c) => {
      noStore(c);
      const attempt = layer.auth.take(`address:${clientAddress(c, options.trustProxy)}`);
      if (!attempt.ok) return tooManyRequests(c, attempt.retryAfterSeconds, 'login attempts');
      // A cross-site login would sign the victim's browser in as the attacker (login CSRF).
      const origin = checkSameOrigin(c, options.trustProxy);
      const fromBrowser =
        c.req.header('Sec-Fetch-Site') !== undefined || c.req.header('Origin') !== undefined;
      if (fromBrowser && !origin.sameOrigin) {
        return c.json(errorBody('csrf_rejected', `Login refused: ${origin.reason}.`), 403);
      }
      const holder = await verifyToken(store, c.req.valid('json').token);
      if (holder === undefined) {
        return c.json(
          errorBody('invalid_token', 'The token is not valid (wrong, malformed, expired or revoked).'),
          401,
        );
      }
      const previous = sessionSecret(c);
      if (previous !== undefined) await deleteSession(store, previous);
      const session = await createSession(store, holder, options.sessionTtlMs);
      setSessionCookie(c, session.secret, session.expiresAt, isHttps(c, options.trustProxy));
      return c.json(signedIn(holder, 'session', session.expiresAt));
    })
    .delete('/', async (c) => {
      noStore(c);
      const secret = sessionSecret(c);
      if (secret !== undefined) {
        const origin = checkSameOrigin(c, options.trustProxy);
        if (!origin.sameOrigin) {
          return c.json(errorBody('csrf_rejected', `Logout refused: ${origin.reason}.`), 403);
        }
        await deleteSession(store, secret);
      }
      clearSessionCookie(c, isHttps(c, options.trustProxy));
      return c.json(ANONYMOUS);
    });
};
