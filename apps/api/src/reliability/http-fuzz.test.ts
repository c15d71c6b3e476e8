import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiFixture, apiFixture, bearer, testStoreTargets } from '../test-support/api-fixture.ts';

// Property-based fuzzing of the whole HTTP surface: random methods, paths (real route shapes with
// hostile parameters, and made-up ones), query strings, bodies and content types, with and without
// credentials. Whatever arrives, the answer is never a 5xx, a 4xx always carries the one error
// shape, and no answer shows a stack trace.

const QUERY_KEYS = [
  'metric',
  'agency',
  'year',
  'from',
  'to',
  'page',
  'pageSize',
  'q',
  'format',
  'region',
  'regionId',
  'kind',
  'metrics',
  'groupBy',
  'order',
  'includeFlagged',
  'report',
  'action',
  'reason',
  'month',
  'scope',
  'by',
];
const HOSTILE = [
  '1',
  '0',
  '-1',
  '2020',
  '1e30',
  '9007199254740993',
  'NaN',
  'Infinity',
  '0x10',
  '',
  ' ',
  '..',
  '../..',
  '%00',
  '%',
  '%zz',
  '%E0%A4%A',
  '<script>alert(1)</script>',
  "' or 1=1 --",
  '嵩县',
  't2.normative.made',
  'csv',
  'xlsx',
  'json',
  'true',
  'a'.repeat(5000),
  '\u0000',
  '\ud800',
  '💥',
  'null',
  '[]',
  '{}',
];

const segment = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 30 }), fc.integer().map(String));
/** encodeURIComponent, or '' for text it refuses (lone surrogates). */
function safeEncode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '';
  }
}
const encoded = segment.map(safeEncode);
// Some segments go raw: malformed percent-escapes must not break the router either.
const pathSegment = fc.oneof(encoded, fc.constantFrom('%', '%zz', '%E0%A4%A', '..', '.', ''));

/** A request line: mostly a real route of the app (its parameters hostile), sometimes made up. */
function requestLine(routes: readonly { method: string; path: string }[]) {
  const real = fc.tuple(fc.constantFrom(...routes), pathSegment, pathSegment).map(([route, a, b]) => ({
    method: route.method,
    path: route.path.replace(':id', a).replace(/:[A-Za-z]+/g, b),
  }));
  const madeUp = fc.record({
    method: fc.constantFrom(...METHODS),
    path: fc.oneof(
      fc.array(pathSegment, { maxLength: 5 }).map((parts) => `/api/${parts.join('/')}`),
      fc.array(pathSegment, { maxLength: 3 }).map((parts) => `/${parts.join('/')}`),
    ),
  });
  return fc.oneof({ weight: 4, arbitrary: real }, { weight: 1, arbitrary: madeUp });
}

const query = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.string({ maxLength: 10 }).map(safeEncode)),
      pathSegment,
    ),
    {
      maxLength: 6,
    },
  )
  .map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join('&'));

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'multipart/form-data',
  'multipart/form-data; boundary=----x',
  'application/x-www-form-urlencoded',
  'application/octet-stream',
  'application/xml',
  '',
];

const body = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc
    .record(
      {
        token: fc.string({ maxLength: 60 }),
        previews: fc.array(fc.string({ maxLength: 30 }), { maxLength: 3 }),
        value: fc.oneof(fc.double(), fc.constant(null), fc.string()),
        reason: fc.string({ maxLength: 40 }),
        name: fc.string({ maxLength: 40 }),
        role: fc.constantFrom('reader', 'editor', 'admin', 'root'),
        expiresInDays: fc.integer(),
      },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
  fc.uint8Array({ maxLength: 300 }),
  fc.constant(
    '------x\r\nContent-Disposition: form-data; name="file"; filename="../../etc/passwd.txt"\r\n\r\n<script>\r\n------x--\r\n',
  ),
);

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND', 'patch', 'Get'];

describe.each(testStoreTargets())('HTTP API under random requests on $name', (target) => {
  let f: ApiFixture;
  beforeAll(async () => {
    f = await apiFixture(target);
  });
  afterAll(() => f.close());

  it('never answers 5xx; 4xx answers are JSON { error: { code, message } } without stack traces', async () => {
    const credentials = [
      {},
      bearer(f.tokens.editor),
      bearer(f.tokens.admin),
      { Authorization: 'Bearer nb_fake' },
    ];
    const routes = [
      ...new Map(
        f.app.routes
          .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
          .map((r) => [`${r.method} ${r.path}`, { method: r.method, path: r.path }]),
      ).values(),
    ];
    await fc.assert(
      fc.asyncProperty(
        requestLine(routes),
        query,
        body,
        fc.constantFrom(...CONTENT_TYPES),
        fc.nat({ max: credentials.length - 1 }),
        async ({ method, path: p }, q, payload, contentType, who) => {
          const url = `http://localhost${p}${q === '' ? '' : `?${q}`}`;
          const withBody =
            payload !== undefined && method.toUpperCase() !== 'GET' && method.toUpperCase() !== 'HEAD';
          const headers: Record<string, string> = { ...credentials[who] };
          if (withBody && contentType !== '') headers['Content-Type'] = contentType;
          let request: Request;
          try {
            request = new Request(url, { method, headers, ...(withBody ? { body: payload } : {}) });
          } catch {
            return; // Not a request a client could send (the URL or method is refused by fetch itself).
          }
          const res = await f.app.request(request);
          const text = method.toUpperCase() === 'HEAD' ? '' : await res.text();
          const label = `${method} ${url} (${contentType}) → ${res.status}: ${text.slice(0, 200)}`;
          expect(res.status, label).toBeLessThan(500);
          expect(text, label).not.toMatch(/\.ts:\d+|\bat [\w.<>]+ \(|node_modules/);
          if (res.status >= 400 && method.toUpperCase() !== 'HEAD') {
            expect(res.headers.get('Content-Type'), label).toMatch(/^application\/json/);
            const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
            expect(typeof parsed.error?.code, label).toBe('string');
            expect(typeof parsed.error?.message, label).toBe('string');
          }
        },
      ),
      { numRuns: 1_000 },
    );
  }, 120_000);
});
