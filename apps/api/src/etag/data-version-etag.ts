import { getDataVersion, type Store } from '@nianbao/db';
import type { MiddlewareHandler } from 'hono';

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
 */
export function dataVersionEtag(store: Store, options: { privateCache: boolean }): MiddlewareHandler {
  // Closed reads must not be kept by shared caches; open ones may, but always revalidated.
  const cacheControl = options.privateCache ? 'private, no-cache' : 'no-cache';
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const { epoch, version } = await getDataVersion(store);
    const tag = `W/"${epoch}-${version}"`;
    if (matches(c.req.header('If-None-Match'), tag)) {
      return c.body(null, 304, { ETag: tag, 'Cache-Control': cacheControl });
    }
    await next();
    if (c.res.status === 200) {
      c.res.headers.set('ETag', tag);
      c.res.headers.set('Cache-Control', cacheControl);
    }
  };
}
