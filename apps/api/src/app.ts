import { serveStatic } from '@hono/node-server/serve-static';
import type { Store } from '@nianbao/db';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiProblem, errorBody } from './errors.ts';
import { agencyRoutes } from './routes/agencies.ts';
import { healthRoutes } from './routes/health.ts';
import { metricRoutes } from './routes/metrics.ts';
import { reportRoutes } from './routes/reports.ts';
import { seriesRoutes } from './routes/series.ts';

export interface AppOptions {
  store: Store;
  /** Folder of the built dashboard; when set, it is served beside the API with an SPA fallback. */
  webDir?: string | undefined;
  /** Where unexpected errors are reported (never to the client). */
  logError?: (error: unknown) => void;
}

function apiRoutes(store: Store) {
  return new Hono()
    .route('/health', healthRoutes(store))
    .route('/metrics', metricRoutes())
    .route('/agencies', agencyRoutes(store))
    .route('/reports', reportRoutes(store))
    .route('/series', seriesRoutes(store));
}

/** The Hono app: JSON API under /api and, in production, the dashboard on the same port. */
export function createApp({ store, webDir, logError = console.error }: AppOptions) {
  const app = new Hono().route('/api', apiRoutes(store));

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
