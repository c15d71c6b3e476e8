import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '@nianbao/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'nianbao-static-'));
  const web = path.join(dir, 'web');
  await mkdir(path.join(web, 'assets'), { recursive: true });
  await writeFile(path.join(web, 'index.html'), '<!doctype html><title>年报</title><div id="root"></div>');
  await writeFile(path.join(web, 'assets', 'app.js'), 'console.log(1)');
  store = await openStore(`file:${path.join(dir, 's.db')}`);
  app = createApp({ store, webDir: web });
});

afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('dashboard served beside the API', () => {
  it('serves built assets with their content type', async () => {
    const res = await app.request('/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
  });

  it('answers client-side routes with the app shell', async () => {
    for (const route of ['/', '/trends', '/reports/12']) {
      const res = await app.request(route);
      expect(res.status, route).toBe(200);
      expect(await res.text(), route).toContain('<title>年报</title>');
    }
  });

  it('keeps unknown API paths as JSON 404s, not the shell', async () => {
    const res = await app.request('/api/nothing');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('refuses path traversal out of the web folder', async () => {
    const res = await app.request('/../s.db');
    expect(await res.text()).not.toContain('SQLite format');
  });
});
