import { type SessionHolder, type Store, verifySession } from '@nianbao/db';
import type { Context } from 'hono';
import { originVerdict } from './request-trust.ts';
import { isUnsafeMethod } from './same-origin.ts';
import { sessionSecret } from './session-cookie.ts';

/** What the session cookie of a request amounts to. */
export type SessionOutcome =
  | { kind: 'none' }
  | { kind: 'valid'; holder: SessionHolder }
  | { kind: 'invalid' }
  | { kind: 'cross_site'; reason: string };

/**
 * Resolves the session cookie for a request that has no bearer token. A cookie on a write is
 * honoured only when the request passes the same-origin check; a write from another site is
 * answered `cross_site` before the store is even asked.
 */
export async function sessionOf(store: Store, c: Context): Promise<SessionOutcome> {
  const secret = sessionSecret(c);
  if (secret === undefined) return { kind: 'none' };
  if (isUnsafeMethod(c.req.method)) {
    const verdict = originVerdict(c);
    if (!verdict.sameOrigin) return { kind: 'cross_site', reason: verdict.reason };
  }
  const holder = await verifySession(store, secret);
  return holder === undefined ? { kind: 'invalid' } : { kind: 'valid', holder };
}
