import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Store } from '@nianbao/db';
import { createApp } from './app.ts';
import { CachedReads } from './cache/cached-reads.ts';
import type { ResponseCacheOptions } from './cache/response-cache.ts';
import { cachedResponder } from './cache/serve-cached.ts';
import type { SecurityInput } from './security/security-options.ts';

export interface ServerOptions {
  store: Store;
  port: number;
  hostname?: string;
  webDir?: string | undefined;
  /** Reads need a token too (see AppOptions). */
  readsRequireToken?: boolean | undefined;
  /** Limits (see AppOptions). */
  security?: SecurityInput | undefined;
  /** The response cache (see AppOptions); on by default. */
  responseCache?: ResponseCacheOptions | false | undefined;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the HTTP server; resolves once it listens (port 0 picks a free port, handy in tests). */
export function startServer({
  store,
  port,
  hostname = '127.0.0.1',
  webDir,
  readsRequireToken,
  security,
  responseCache,
}: ServerOptions): Promise<RunningServer> {
  const reads = new CachedReads(store, responseCache ?? {});
  const app = createApp({ store, webDir, readsRequireToken, security, responseCache: reads });
  const listener = getRequestListener(app.fetch);
  // With open reads, cached answers to anonymous GETs skip the app (see cachedResponder); closed
  // reads always go through it, where the read check runs first.
  const fromCache = readsRequireToken ? undefined : cachedResponder(reads);
  const server = createServer((req, res) => {
    if (!fromCache?.(req, res)) void listener(req, res);
  });
  return new Promise((resolve) => {
    server.listen(port, hostname, () => {
      const info = server.address() as AddressInfo;
      resolve({
        url: `http://${hostname}:${info.port}`,
        close: () => {
          reads.close();
          return new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done())));
        },
      });
    });
  });
}
