import { getDataVersion, type Store } from '@nianbao/db';
import type { MiddlewareHandler } from 'hono';
import { DataVersionReader } from '../cache/data-version-reader.ts';
import type { ResponseCache } from '../cache/response-cache.ts';

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
 * body without running its route.
 */
export function dataVersionEtag(
  store: Store,
  options: { privateCache: boolean; cache?: ResponseCache | undefined },
): MiddlewareHandler {
  // Closed reads must not be kept by shared caches; open ones may, but always revalidated.
  const cacheControl = options.privateCache ? 'private, no-cache' : 'no-cache';
  const versions = new DataVersionReader(() => getDataVersion(store));
  const { cache } = options;
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const at = await versions.read();
    const tag = `W/"${at.epoch}-${at.version}"`;
    if (matches(c.req.header('If-None-Match'), tag)) {
      return c.body(null, 304, { ETag: tag, 'Cache-Control': cacheControl });
    }
    const cached = c.req.method === 'GET' ? cache?.get(at, c.req.url) : undefined;
    if (cached) {
      const headers = new Headers(cached.headers.map(([name, value]) => [name, value]));
      headers.set('ETag', tag);
      headers.set('Cache-Control', cacheControl);
      return c.body(cached.body, 200, Object.fromEntries(headers));
    }
    await next();
    if (c.res.status === 200) {
      c.res.headers.set('ETag', tag);
      c.res.headers.set('Cache-Control', cacheControl);
      if (cache && c.req.method === 'GET') await cache.put(at, c.req.url, c.res);
    }
  };
}
