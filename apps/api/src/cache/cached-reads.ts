import { getDataVersion, type Store } from '@nianbao/db';
import type { MiddlewareHandler } from 'hono';
import { DataVersionWatch, type DataVersionWatchOptions } from './data-version-watch.ts';
import { type RenderedAt, ResponseCache, type ResponseCacheOptions } from './response-cache.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The key of a response: the host asked and the path with its query, as sent. */
export const cacheKey = (host: string | undefined, pathAndQuery: string) => `${host ?? ''}${pathAndQuery}`;

/**
 * What the API's GETs share: the data version kept in memory (ETags; see DataVersionWatch), the
 * response cache (when on), and the version each response being rendered was read at, so the
 * outermost middleware can store the response with every header the app added.
 */
export class CachedReads {
  readonly versions: DataVersionWatch;
  readonly cache: ResponseCache | undefined;
  readonly renderedAt = new WeakMap<Request, RenderedAt>();
  readonly #unsubscribe: () => void;

  constructor(store: Store, options: ResponseCacheOptions | false = {}, watch: DataVersionWatchOptions = {}) {
    this.versions = new DataVersionWatch(() => getDataVersion(store), watch);
    this.cache = options === false ? undefined : new ResponseCache(options);
    // This process's own writes (through any route or library call) are seen at once.
    this.#unsubscribe = store.onWrite?.(() => this.versions.invalidate()) ?? (() => {});
  }

  /** Stops following the store (the server is closing). */
  close(): void {
    this.#unsubscribe();
    this.versions.close();
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
    // Any request that may have written: the next read asks the store (a store without onWrite).
    if (!SAFE_METHODS.has(c.req.method)) reads.versions.invalidate();
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
