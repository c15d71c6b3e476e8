import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '@nianbao/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../serve.ts';

let dir: string;
let store: Store;
let server: RunningServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'nianbao-served-headers-'));
  store = await openStore(`file:${path.join(dir, 's.db')}`);
  server = await startServer({ store, port: 0 });
});

afterAll(async () => {
  await server.close();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('security headers over the real Node server with the response cache on', () => {
  it('are sent on the first (rendered) and the repeated (cached) answer alike', async () => {
    for (const route of ['/api/health', '/api/docs', '/api/metrics']) {
      for (const encoding of ['gzip', 'identity', 'gzip']) {
        const res = await fetch(`${server.url}${route}`, { headers: { 'accept-encoding': encoding } });
        expect(res.status, route).toBe(200);
        expect(res.headers.get('content-security-policy'), `${route} ${encoding}`).toMatch(/default-src/);
        expect(res.headers.get('x-frame-options'), route).toBe('DENY');
        await res.arrayBuffer();
      }
    }
  });
});
