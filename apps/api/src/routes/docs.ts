import { Hono } from 'hono';
import { buildOpenApi, type OpenApiDocument } from '../openapi/build-spec.ts';
import { renderDocsPage } from '../openapi/docs-page.ts';
import { OPERATIONS } from '../openapi/operations.ts';

/** The API's own description: /api/openapi.json and the readable page at /api/docs. */
export const docsRoutes = (
  routes: () => readonly { method: string; path: string }[],
  options: { readsRequireToken: boolean },
) => {
  // Built on first use: the route list is only complete once the whole app is assembled.
  let spec: OpenApiDocument | undefined;
  const document = () => {
    spec ??= buildOpenApi(
      routes().map((r) => ({ method: r.method, path: `/api${r.path}` })),
      OPERATIONS,
      { readsRequireToken: options.readsRequireToken, version: '0.1.0' },
    );
    return spec;
  };
  return new Hono()
    .get('/openapi.json', (c) => c.json(document()))
    .get('/docs', (c) => c.html(renderDocsPage(document())));
};
