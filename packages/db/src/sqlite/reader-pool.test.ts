import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store.ts';
import { makeTempDir } from '../test-support/temp-dir.ts';
import { ReaderPool } from './reader-pool.ts';

describe('selects while the main SQLite handle is busy', () => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    const temp = await makeTempDir();
    cleanup = temp.cleanup;
    store = await openStore(`file:${join(temp.dir, 'store.db')}`);
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  const names = async () =>
    (await store.db.selectFrom('regions').select('name').orderBy('id').execute()).map((r) => r.name);

  it('are answered from a read-only handle with what is committed, without waiting for the transaction', async () => {
    await store.db
      .insertInto('regions')
      .values({ name: '已提交', code: null, level: null, parent_id: null })
      .execute();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inside: () => void = () => {};
    const begun = new Promise<void>((resolve) => {
      inside = resolve;
    });
    const transaction = store.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('regions')
        .values({ name: '未提交', code: null, level: null, parent_id: null })
        .execute();
      // Inside the transaction its own row is visible.
      expect((await trx.selectFrom('regions').select('name').execute()).map((r) => r.name)).toContain(
        '未提交',
      );
      inside();
      await held;
    });
    await begun;
    // The transaction still holds the main handle: these selects must not wait for it.
    const during = await Promise.all([names(), names(), names(), names()]);
    for (const seen of during) expect(seen).toEqual(['已提交']);
    release();
    await transaction;
    expect(await names()).toEqual(['已提交', '未提交']);
  });
});

describe('ReaderPool after destroy', () => {
  it('refuses new reads and fails waiting ones instead of opening handles nobody closes', async () => {
    const temp = await makeTempDir();
    const filename = join(temp.dir, 'store.db');
    const store = await openStore(`file:${filename}`);
    const pool = new ReaderPool({ filename, size: 1, busyTimeoutMs: 1000, cacheKib: 1024 });
    try {
      const held = await pool.acquire();
      const waiting = pool.acquire();
      const destroyed = pool.destroy();
      await expect(waiting).rejects.toThrow('the store is closed');
      await destroyed;
      await expect(pool.acquire()).rejects.toThrow('the store is closed');
      pool.release(held);
    } finally {
      await store.close();
      await temp.cleanup();
    }
  });
});
