import type { DataVersion } from '@nianbao/db';
import { describe, expect, it } from 'vitest';
import { DataVersionReader } from './data-version-reader.ts';

/** A stand-in for the store's version query whose answers the test releases one by one. */
function controlledQuery() {
  const pending: ((v: DataVersion) => void)[] = [];
  return {
    query: () => new Promise<DataVersion>((resolve) => pending.push(resolve)),
    started: () => pending.length,
    answer(index: number, version: number) {
      pending[index]?.({ epoch: 'e', version });
    },
  };
}

describe('DataVersionReader', () => {
  it('gives a caller that arrives during a read the next read, shared with every other such caller', async () => {
    const store = controlledQuery();
    const reader = new DataVersionReader(store.query);
    const first = reader.read();
    expect(store.started()).toBe(1);
    // A write may commit now; calls from here on must not get the read already under way.
    const second = reader.read();
    const third = reader.read();
    expect(store.started()).toBe(1);
    store.answer(0, 1);
    expect(await first).toEqual({ epoch: 'e', version: 1 });
    await Promise.resolve();
    expect(store.started()).toBe(2);
    store.answer(1, 2);
    expect(await second).toEqual({ epoch: 'e', version: 2 });
    expect(await third).toEqual({ epoch: 'e', version: 2 });
    // Idle again: the next call starts a read of its own at once.
    const fourth = reader.read();
    expect(store.started()).toBe(3);
    store.answer(2, 3);
    expect((await fourth).version).toBe(3);
  });

  it('recovers after a failed read: waiting callers get a fresh read, later calls too', async () => {
    let calls = 0;
    const reader = new DataVersionReader(async () => {
      calls += 1;
      if (calls === 1) throw new Error('store unavailable');
      return { epoch: 'e', version: calls };
    });
    const failing = reader.read();
    const waiting = reader.read();
    await expect(failing).rejects.toThrow('store unavailable');
    expect(await waiting).toEqual({ epoch: 'e', version: 2 });
    expect(await reader.read()).toEqual({ epoch: 'e', version: 3 });
  });
});
