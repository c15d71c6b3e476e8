import type { MiddlewareHandler } from 'hono';
import { type CachedReads, cacheKey } from '../cache/cached-reads.ts';
import { variantFor } from '../cache/response-cache.ts';

/** Weak comparison (RFC 9110 §13.1.2): `W/` prefixes are ignored; `*` matches any current tag. */
function matches(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch
    .split(',')
    .some((candidate) => candidate.trim() === '*' || bare(candidate) === bare(tag));
}

/**
 * ETags from the store's data version: every GET answer carries `W/"<epoch>-<version>"`, and a
 * request whose If-None-Match still names it gets 304 before any query runs. Any write (import,
 * correction, delete, restore, through any path) moves the version on, so a tag is never stale.
 * Weak because one version can be served as JSON, CSV or xlsx; the URL tells those apart.
 * With a response cache, a GET whose URL was answered at the same data version gets the stored
 * response without running its route (responses are stored by storeRendered, outermost).
 */
export function dataVersionEtag(reads: CachedReads, options: { privateCache: boolean }): MiddlewareHandler {
  // Closed reads must not be kept by shared caches; open ones may, but always revalidated.
  const cacheControl = options.privateCache ? 'private, no-cache' : 'no-cache';
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const at = reads.versions.peek() ?? (await reads.versions.read());
    const tag = `W/"${at.epoch}-${at.version}"`;
    if (matches(c.req.header('If-None-Match'), tag)) {
      return c.body(null, 304, { ETag: tag, 'Cache-Control': cacheControl });
    }
    if (c.req.method === 'GET' && reads.cache) {
      // Reached only past the read and role checks, so any stored answer for the URL may be given.
      const url = new URL(c.req.url);
      const cached = reads.cache.get(at, cacheKey(c.req.header('host'), `${url.pathname}${url.search}`));
      if (cached) {
        const sent = variantFor(cached, c.req.header('accept-encoding'));
        return c.body(sent.body, 200, sent.headers);
      }
    }
    reads.renderedAt.set(c.req.raw, at);
    await next();
    if (c.res.status === 200) {
      c.res.headers.set('ETag', tag);
      c.res.headers.set('Cache-Control', cacheControl);
    }
  };
}
