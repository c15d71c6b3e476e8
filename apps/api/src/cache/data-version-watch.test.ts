import type { DataVersion } from '@nianbao/db';
import { describe, expect, it } from 'vitest';
import { DataVersionWatch } from './data-version-watch.ts';

/** A store whose version the test moves, counting reads; reads finish when the test says so. */
function fakeStore() {
  const state = { version: 1, reads: 0, pending: [] as (() => void)[] };
  const query = () =>
    new Promise<DataVersion>((resolve) => {
      state.reads += 1;
      const version = state.version;
      state.pending.push(() => resolve({ epoch: 'e', version }));
    });
  const finish = async () => {
    for (const done of state.pending.splice(0)) done();
    await new Promise((r) => setImmediate(r));
  };
  return { state, query, finish };
}

describe('DataVersionWatch', () => {
  it('keeps the version read in memory until it is too old', async () => {
    const store = fakeStore();
    let now = 0;
    const watch = new DataVersionWatch(store.query, { pollMs: 1_000_000, maxAgeMs: 500, now: () => now });
    expect(watch.peek()).toBeUndefined();
    const first = watch.read();
    await store.finish();
    expect(await first).toEqual({ epoch: 'e', version: 1 });
    now = 400;
    expect(watch.peek()).toEqual({ epoch: 'e', version: 1 });
    expect(await watch.read()).toEqual({ epoch: 'e', version: 1 });
    expect(store.state.reads).toBe(1);
    now = 501;
    expect(watch.peek()).toBeUndefined();
    watch.close();
  });

  it("sees another process's write at the next poll", async () => {
    const store = fakeStore();
    const watch = new DataVersionWatch(store.query, { pollMs: 1_000_000, maxAgeMs: 1_000_000 });
    const first = watch.read();
    await store.finish();
    await first;
    store.state.version = 2; // written elsewhere: nothing tells this process
    expect(watch.peek()?.version).toBe(1);
    const polled = watch.poll();
    await store.finish();
    await polled;
    expect(watch.peek()?.version).toBe(2);
    watch.close();
  });

  it('forgets the version at once on its own write, and never takes back one read before it', async () => {
    const store = fakeStore();
    const watch = new DataVersionWatch(store.query, { pollMs: 1_000_000, maxAgeMs: 1_000_000 });
    const first = watch.read();
    await store.finish();
    await first;
    // A poll asks for the version, then this process writes before the answer comes back.
    const polled = watch.poll();
    store.state.version = 3;
    watch.invalidate();
    await store.finish();
    await polled;
    expect(watch.peek()).toBeUndefined();
    const fresh = watch.read();
    await store.finish();
    expect((await fresh).version).toBe(3);
    expect(watch.peek()?.version).toBe(3);
    watch.close();
  });

  it('lets requests read the store themselves while the poll fails', async () => {
    let fail = false;
    let version = 1;
    const watch = new DataVersionWatch(
      async () => {
        if (fail) throw new Error('store unreachable');
        return { epoch: 'e', version };
      },
      { pollMs: 1_000_000, maxAgeMs: 1_000_000 },
    );
    await watch.read();
    fail = true;
    await watch.poll();
    expect(watch.peek()).toBeUndefined();
    await expect(watch.read()).rejects.toThrow('store unreachable');
    fail = false;
    version = 5;
    expect((await watch.read()).version).toBe(5);
    watch.close();
  });
});
