import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Store } from '@nianbao/db';
import { createApp } from './app.ts';
import type { ResponseCacheOptions } from './cache/response-cache.ts';
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
  const app = createApp({ store, webDir, readsRequireToken, security, responseCache });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
      resolve({
        url: `http://${hostname}:${info.port}`,
        close: () =>
          new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      });
    });
  });
}
