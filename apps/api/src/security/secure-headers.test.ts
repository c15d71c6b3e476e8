import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '@nianbao/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'nianbao-secure-headers-'));
  const web = path.join(dir, 'web');
  await mkdir(web);
  await writeFile(path.join(web, 'index.html'), '<!doctype html><title>年报</title>');
  store = await openStore(`file:${path.join(dir, 's.db')}`);
  app = createApp({ store, webDir: web, responseCache: false });
});

afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const DOCUMENT_ONLY = [
  'cross-origin-opener-policy',
  'origin-agent-cluster',
  'permissions-policy',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-xss-protection',
];

describe('security headers by what is served', () => {
  it('give API answers (and API errors) a policy that lets nothing load or frame them', async () => {
    for (const route of ['/api/health', '/api/metrics', '/api/reports/999999']) {
      const res = await app.request(route);
      expect(res.headers.get('content-security-policy'), route).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
      expect(res.headers.get('x-frame-options'), route).toBe('DENY');
      expect(res.headers.get('x-content-type-options'), route).toBe('nosniff');
      expect(res.headers.get('strict-transport-security'), route).toMatch(/max-age=/);
      expect(res.headers.get('cross-origin-resource-policy'), route).toBe('same-origin');
      expect(res.headers.get('referrer-policy'), route).toBe('no-referrer');
      for (const name of DOCUMENT_ONLY) expect(res.headers.get(name), `${route} ${name}`).toBeNull();
    }
  });

  it('give the dashboard document the app policy and the document-only headers', async () => {
    const res = await app.request('/trends');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    for (const name of DOCUMENT_ONLY) expect(res.headers.get(name), name).not.toBeNull();
  });

  it('give the API docs page its own policy (inline style, no script)', async () => {
    const res = await app.request('/api/docs');
    expect(res.headers.get('content-security-policy')).toContain("style-src 'unsafe-inline'");
    expect(res.headers.get('content-security-policy')).not.toContain('script-src');
    expect(res.headers.get('permissions-policy')).not.toBeNull();
  });
});
