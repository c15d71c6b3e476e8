import type { Context } from 'hono';
import { checkSameOrigin, type OriginVerdict } from './same-origin.ts';

interface Trust {
  trustProxy: boolean;
  verdict?: OriginVerdict;
}

// Keyed by the request's Context, which every middleware and handler of one request shares.
const trusts = new WeakMap<Context, Trust>();

/** Records how this request is to be judged (called first, by the security middleware). */
export function markRequest(c: Context, trustProxy: boolean): void {
  trusts.set(c, { trustProxy });
}

/**
 * The CSRF verdict for this request. A request the security middleware never saw (an app built
 * without it) is judged as not same-origin, so its cookie is never accepted for a write.
 */
export function originVerdict(c: Context): OriginVerdict {
  const trust = trusts.get(c);
  if (trust === undefined) return { sameOrigin: false, reason: 'the request was not checked' };
  trust.verdict ??= checkSameOrigin(c, trust.trustProxy);
  return trust.verdict;
}
