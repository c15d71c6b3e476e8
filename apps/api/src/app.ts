import { serveStatic } from '@hono/node-server/serve-static';
import type { Store } from '@nianbao/db';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { readAccess } from './auth/read-access.ts';
import { CachedReads, storeRendered } from './cache/cached-reads.ts';
import type { ResponseCacheOptions } from './cache/response-cache.ts';
import { ApiProblem, errorBody } from './errors.ts';
import { dataVersionEtag } from './etag/data-version-etag.ts';
import { agencyRoutes } from './routes/agencies.ts';
import { auditRoutes } from './routes/audit.ts';
import { briefingRoutes } from './routes/briefing.ts';
import { compareRoutes } from './routes/compare.ts';
import { docsRoutes } from './routes/docs.ts';
import { healthRoutes } from './routes/health.ts';
import { ledgerRoutes } from './routes/ledger.ts';
import { metricRoutes } from './routes/metrics.ts';
import { rankingRoutes } from './routes/rankings.ts';
import { regionRoutes } from './routes/regions.ts';
import { reportHistoryRoutes } from './routes/report-history.ts';
import { reportRoutes } from './routes/reports.ts';
import { reportWriteRoutes } from './routes/reports-write.ts';
import { seriesRoutes } from './routes/series.ts';
import { sessionRoutes } from './routes/session.ts';
import { tokenRoutes } from './routes/tokens.ts';
import { type SecurityLayer, securityLayer } from './security/security-layer.ts';
import type { SecurityInput } from './security/security-options.ts';
import { PreviewCache, type PreviewCacheOptions } from './uploads/preview-cache.ts';

export interface AppOptions {
  store: Store;
  /** Folder of the built dashboard; when set, it is served beside the API with an SPA fallback. */
  webDir?: string | undefined;
  /** Where unexpected errors are reported (never to the client). */
  logError?: (error: unknown) => void;
  /** Reads need a token too (any role) when true; writes always need an editor or admin token. */
  readsRequireToken?: boolean | undefined;
  /** Limits of the in-memory store of previewed uploads. */
  uploads?: PreviewCacheOptions | undefined;
  /** Upload, body, parse-time, rate and session limits (defaults in DEFAULT_SECURITY). */
  security?: SecurityInput | undefined;
  /** Rendered GET responses kept per data version (on by default); false renders every request. */
  responseCache?: ResponseCacheOptions | false | CachedReads | undefined;
}

type ApiOptions = Pick<AppOptions, 'readsRequireToken' | 'uploads'>;

function apiRoutes(
  store: Store,
  options: ApiOptions = {},
  security: SecurityLayer = securityLayer(store),
  reads: CachedReads = new CachedReads(store),
) {
  const readsRequireToken = options.readsRequireToken ?? false;
  const api = new Hono()
    // First, so neither the read guard nor the data-version ETag ever answers "who am I".
    .route('/session', sessionRoutes(security))
    .use(readAccess(store, readsRequireToken))
    .use(dataVersionEtag(reads, { privateCache: readsRequireToken }))
    .route('/health', healthRoutes(store))
    .route('/metrics', metricRoutes())
    .route('/agencies', agencyRoutes(store))
    .route('/reports', reportRoutes(store))
    .route('/series', seriesRoutes(store))
    .route('/regions', regionRoutes(store))
    .route('/compare', compareRoutes(store))
    .route('/rankings', rankingRoutes(store, reads))
    .route('/ledger', ledgerRoutes(store))
    .route('/reports', reportHistoryRoutes(store))
    .route('/reports', reportWriteRoutes(store, new PreviewCache(options.uploads), security.parseReport))
    .route('/audit', auditRoutes(store))
    .route('/briefing', briefingRoutes(store))
    .route('/tokens', tokenRoutes(store));
  return api.route(
    '/',
    docsRoutes(() => api.routes, { readsRequireToken }),
  );
}

/** The Hono app: JSON API under /api and, in production, the dashboard on the same port. */
export function createApp({ store, webDir, logError = console.error, ...options }: AppOptions) {
  const security = securityLayer(store, options.security);
  const reads =
    options.responseCache instanceof CachedReads
      ? options.responseCache
      : new CachedReads(store, options.responseCache ?? {});
  // Outermost, so a stored response has every header the app adds (security headers included).
  const app = new Hono()
    .use(storeRendered(reads), ...security.middleware)
    .route('/api', apiRoutes(store, options, security, reads));

  app.notFound((c) => {
    return c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}.`), 404);
  });
  app.onError((error, c) => {
    if (error instanceof ApiProblem) return c.json(errorBody(error.code, error.message), error.status);
    if (error instanceof HTTPException) {
      return c.json(errorBody('http_error', error.message || 'Request failed.'), error.status);
    }
    logError(error);
    // Never leak stack traces or driver messages to clients.
    return c.json(errorBody('internal_error', 'An unexpected error occurred; it has been logged.'), 500);
  });

  if (webDir) {
    const index = serveStatic({ root: webDir, path: 'index.html' });
    app.get('*', async (c, next) => {
      if (c.req.path.startsWith('/api/') || c.req.path === '/api') return next();
      return serveStatic({ root: webDir })(c, next);
    });
    // Client-side routes (/trends, /reports/12…) all load the app shell.
    app.get('*', async (c, next) => {
      if (c.req.path.startsWith('/api/') || c.req.path === '/api') return next();
      return index(c, next);
    });
  }
  return app;
}

/** The route tree's type, for the dashboard's typed Hono RPC client. */
export type AppType = ReturnType<typeof apiRoutes>;
