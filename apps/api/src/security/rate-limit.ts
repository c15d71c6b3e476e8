import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { errorBody } from '../errors.ts';
import { clientAddress } from './client-address.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { isUnsafeMethod } from './same-origin.ts';
import { sessionSecret } from './session-cookie.ts';

/** The 429 every limiter answers with, its wait in Retry-After. */
export function tooManyRequests(c: Context, retryAfterSeconds: number, what: string) {
  c.header('Retry-After', String(retryAfterSeconds));
  return c.json(errorBody('rate_limited', `Too many ${what}; retry after ${retryAfterSeconds} s.`), 429);
}

/** A bucket key for the credential a request presents, never the credential itself. */
function credentialKey(c: Context): string | undefined {
  const authorization = c.req.header('Authorization');
  const secret = authorization ?? sessionSecret(c);
  if (secret === undefined) return undefined;
  return `${authorization ? 'bearer' : 'session'}:${createHash('sha256').update(secret).digest('base64url').slice(0, 22)}`;
}

/**
 * Rate limits of the API. Writes take one token from the bucket of the credential they present
 * (or of the client address without one). Requests presenting a credential are refused while the
 * address's authentication bucket is empty, and each one that fails (401) takes from it, so
 * guessing tokens costs as much as guessing passwords at the login. Login takes from that same
 * bucket in its own route.
 */
export function rateLimits(options: {
  writes: RateLimiter;
  auth: RateLimiter;
  trustProxy: boolean;
}): MiddlewareHandler {
  return async (c, next) => {
    // The login route meters itself (every attempt, not only failures).
    if (c.req.path === '/api/session' || !c.req.path.startsWith('/api/')) return next();
    const address = `address:${clientAddress(c, options.trustProxy)}`;
    const credential = credentialKey(c);
    if (credential !== undefined) {
      const auth = options.auth.peek(address);
      if (!auth.ok)
        return tooManyRequests(c, auth.retryAfterSeconds, 'failed authentications from this address');
    }
    if (isUnsafeMethod(c.req.method)) {
      const write = options.writes.take(credential ?? address);
      if (!write.ok) return tooManyRequests(c, write.retryAfterSeconds, 'writes');
    }
    await next();
    if (credential !== undefined && c.res.status === 401) options.auth.take(address);
  };
}
