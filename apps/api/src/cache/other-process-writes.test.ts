import { correctValue, openStore, type Store } from '@nianbao/db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app.ts';
import { type RunningServer, startServer } from '../serve.ts';
import { OPEN_RATE_LIMITS, testStoreTargets } from '../test-support/api-fixture.ts';
import { CachedReads } from './cached-reads.ts';
import { importSample } from './test-sample.ts';

const CODE = 't3.new.total';
const actor = { tokenId: null, name: 'test' };

/** The value of CODE in a report detail answer. */
async function valueIn(response: Response): Promise<number | null | undefined> {
  const detail = (await response.json()) as { values: { code: string; value: number | null }[] };
  return detail.values.find((v) => v.code === CODE)?.value;
}

describe.each(testStoreTargets())("another process's writes on $name", (target) => {
  let store: Store;
  let other: Store | undefined;
  let server: RunningServer | undefined;
  let cleanup: () => Promise<void>;
  afterEach(async () => {
    await server?.close();
    server = undefined;
    await other?.close();
    other = undefined;
    await store.close();
    await cleanup();
  });

  const open = async () => {
    const created = await target.create();
    cleanup = created.cleanup;
    store = await openStore(created.url);
    const reportId = await importSample(store);
    // A second handle on the same store stands for another process: its writes signal nothing here.
    other = await openStore(created.url);
    return reportId;
  };

  it('are served once the data version is polled, not before', async () => {
    const reportId = await open();
    const reads = new CachedReads(store, {}, { pollMs: 3_600_000, maxAgeMs: 3_600_000 });
    const app = createApp({ store, responseCache: reads, security: OPEN_RATE_LIMITS });
    const url = `/api/reports/${reportId}`;
    const before = await valueIn(await app.request(url));
    expect(before).toEqual(expect.any(Number));
    await correctValue(other as Store, {
      reportId,
      code: CODE,
      value: (before ?? 0) + 5,
      reason: '核对',
      actor,
    });
    // No poll yet: the cached answer of the version in memory (the documented delay).
    expect(await valueIn(await app.request(url))).toBe(before);
    await reads.versions.poll();
    expect(await valueIn(await app.request(url))).toBe((before ?? 0) + 5);
    reads.close();
  });

  it('reach a running server within its poll delay, and its own writes at once', async () => {
    const reportId = await open();
    server = await startServer({ store, port: 0, security: OPEN_RATE_LIMITS });
    const url = `${server.url}/api/reports/${reportId}`;
    const before = (await valueIn(await fetch(url))) ?? 0;
    // Its own write (through the library in this process): the very next answer has it.
    await correctValue(store, { reportId, code: CODE, value: before + 1, reason: '核对', actor });
    expect(await valueIn(await fetch(url))).toBe(before + 1);
    // Another process's write: within the poll delay (250 ms; waited for up to 10 s on a loaded machine).
    await correctValue(other as Store, { reportId, code: CODE, value: before + 2, reason: '核对', actor });
    await vi.waitFor(async () => expect(await valueIn(await fetch(url))).toBe(before + 2), {
      timeout: 10_000,
      interval: 50,
    });
  });
});
