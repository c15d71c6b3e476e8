import type { Context } from 'hono';
import { requestOrigin } from './client-address.ts';

/** Whether a request provably comes from the dashboard's own origin, and if not, why. */
export type OriginVerdict = { sameOrigin: true } | { sameOrigin: false; reason: string };

/**
 * The CSRF check for cookie-authenticated writes. Browsers attach `Sec-Fetch-Site` to every
 * request (Chromium, Firefox, Safari since 2023) and `Origin` to every cross-origin or non-GET one;
 * neither can be set by a page. A request passes only when `Sec-Fetch-Site` is `same-origin`, or,
 * without it, when `Origin` equals the server's own origin. A request carrying neither is refused:
 * a non-browser client should send its bearer token instead of a cookie.
 */
export function checkSameOrigin(c: Context, trustProxy: boolean): OriginVerdict {
  const site = c.req.header('Sec-Fetch-Site');
  if (site !== undefined) {
    return site === 'same-origin'
      ? { sameOrigin: true }
      : { sameOrigin: false, reason: `the request came from another site (Sec-Fetch-Site: ${site})` };
  }
  const origin = c.req.header('Origin');
  if (origin === undefined) {
    return { sameOrigin: false, reason: 'the request has neither an Origin nor a Sec-Fetch-Site header' };
  }
  const own = requestOrigin(c, trustProxy);
  return origin === own
    ? { sameOrigin: true }
    : { sameOrigin: false, reason: `the request came from ${origin}, not ${own}` };
}

/** Methods that change state; only these need the CSRF check. */
export function isUnsafeMethod(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
}
