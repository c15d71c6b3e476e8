import { getDataVersion, type Store } from '@nianbao/db';
import type { MiddlewareHandler } from 'hono';
import { DataVersionReader } from './data-version-reader.ts';
import { type RenderedAt, ResponseCache, type ResponseCacheOptions } from './response-cache.ts';

/** The key of a response: the host asked and the path with its query, as sent. */
export const cacheKey = (host: string | undefined, pathAndQuery: string) => `${host ?? ''}${pathAndQuery}`;

/**
 * What the API's GETs share: the data-version reader (ETags), the response cache (when on), and
 * the version each response being rendered was read at, so the outermost middleware can store the
 * response with every header the app added.
 */
export class CachedReads {
  readonly versions: DataVersionReader;
  readonly cache: ResponseCache | undefined;
  readonly renderedAt = new WeakMap<Request, RenderedAt>();

  constructor(store: Store, options: ResponseCacheOptions | false = {}) {
    this.versions = new DataVersionReader(() => getDataVersion(store));
    this.cache = options === false ? undefined : new ResponseCache(options);
  }
}

/**
 * The app's outermost middleware: once the whole app has answered a GET with 200 at a known data
 * version (security headers, ETag and all), keeps the response. Responses served from the cache
 * carry no such version and are not stored again.
 */
export function storeRendered(reads: CachedReads): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const { cache } = reads;
    const at = reads.renderedAt.get(c.req.raw);
    if (!cache || at === undefined || c.req.method !== 'GET' || c.res.status !== 200) return;
    const url = new URL(c.req.url);
    const anonymous = c.req.header('authorization') === undefined && c.req.header('cookie') === undefined;
    // Read the answer once and re-issue it from the bytes: cloning the Node adapter's response
    // makes it write the headers it was built with and drop those added later (the security headers).
    const { status } = c.res;
    const headers = new Headers(c.res.headers);
    const body = await c.res.arrayBuffer();
    c.res = new Response(body, { status, headers });
    await cache.put(
      at,
      cacheKey(c.req.header('host'), `${url.pathname}${url.search}`),
      new Response(body, { status, headers }),
      { public: anonymous },
    );
  };
}
