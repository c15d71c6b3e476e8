import { createToken, openStore, type Store } from '@nianbao/db';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../serve.ts';
import { OPEN_RATE_LIMITS, testStoreTargets } from '../test-support/api-fixture.ts';
import { importSample } from './test-sample.ts';

describe.each(testStoreTargets())('cached answers before the app on $name', (target) => {
  let store: Store;
  let server: RunningServer;
  let cleanup: () => Promise<void>;
  afterEach(async () => {
    await server.close();
    await store.close();
    await cleanup();
  });

  /** Counts the store's statements that are not data-version reads. */
  function countAppQueries(s: Store) {
    const counts = { app: 0 };
    const original = s.db;
    s.db = original.withPlugin({
      transformQuery(args) {
        if (!JSON.stringify(args.node).includes('"data_version"')) counts.app += 1;
        return args.node;
      },
      transformResult: async (r) => r.result,
    });
    return counts;
  }

  it('gives an anonymous GET the stored answer, headers and all, without running the app', async () => {
    const created = await target.create();
    cleanup = created.cleanup;
    store = await openStore(created.url);
    const reportId = await importSample(store);
    server = await startServer({ store, port: 0, security: OPEN_RATE_LIMITS });
    const url = `${server.url}/api/reports/${reportId}`;
    const first = await fetch(url);
    const body = await first.text();
    const counts = countAppQueries(store);
    const second = await fetch(url);
    expect(await second.text()).toBe(body);
    expect(counts.app).toBe(0);
    for (const name of [
      'content-type',
      'etag',
      'cache-control',
      'content-security-policy',
      'x-frame-options',
    ]) {
      expect(second.headers.get(name)).toBe(first.headers.get(name));
    }
    // The answer given before the app still carries the app's security headers.
    expect(second.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(second.headers.get('x-frame-options')).toBe('DENY');
    expect(second.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('never answers a request with credentials from it, nor gives a role-only answer to anyone', async () => {
    const created = await target.create();
    cleanup = created.cleanup;
    store = await openStore(created.url);
    const admin = await createToken(store, { name: '管理员', role: 'admin' });
    server = await startServer({ store, port: 0, security: OPEN_RATE_LIMITS });
    const tokens = `${server.url}/api/tokens`;
    const asAdmin = await fetch(tokens, { headers: { Authorization: `Bearer ${admin.token}` } });
    expect(asAdmin.status).toBe(200);
    await asAdmin.arrayBuffer();
    const anonymous = await fetch(tokens);
    expect(anonymous.status).toBe(401);
    await anonymous.arrayBuffer();
    const wrong = await fetch(tokens, { headers: { Authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    await wrong.arrayBuffer();
  });
});
