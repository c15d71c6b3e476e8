import type { IncomingMessage, ServerResponse } from 'node:http';
import { type CachedReads, cacheKey } from './cached-reads.ts';
import { variantFor } from './response-cache.ts';

/**
 * Answers a GET from the response cache before the request reaches the app, when that is safe:
 * no credentials (so no role or session can matter), no revalidation header (the app answers
 * those with 304), an API path, and an entry stored for an anonymous request at the current data
 * version known in memory (DataVersionWatch). Returns false when the app must answer. The entry holds the app's own headers, so the
 * answer is byte for byte the one the app gave.
 */
export function cachedResponder(reads: CachedReads) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const { cache } = reads;
    const url = req.url ?? '';
    if (!cache || req.method !== 'GET' || !url.startsWith('/api/')) return false;
    const h = req.headers;
    if (h.authorization !== undefined || h.cookie !== undefined || h['if-none-match'] !== undefined)
      return false;
    // Only a version already in memory: when it must be read afresh, the app does that.
    const at = reads.versions.peek();
    if (at === undefined) return false;
    const hit = cache.get(at, cacheKey(h.host, url));
    if (!hit?.public) return false;
    const sent = variantFor(hit, h['accept-encoding']);
    res.writeHead(200, sent.headers);
    res.end(sent.body);
    return true;
  };
}
