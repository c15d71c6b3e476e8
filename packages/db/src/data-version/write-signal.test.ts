import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { importReport } from '../import/import-report.ts';
import { listReports } from '../queries/list-reports.ts';
import type { Store } from '../store.ts';
import { freshStoreEachTest } from '../test-support/fresh-store.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { sampleAndRevision } from '../versions/revised-sample.ts';
import { getDataVersion } from './data-version.ts';

describe.each(testStoreTargets())('write signal on $name', (target) => {
  let store: Store;
  freshStoreEachTest(target, (opened) => {
    store = opened;
  });

  /** How many signals `action` caused, and the data version right at the first one. */
  const signalled = async (action: () => Promise<unknown>) => {
    let count = 0;
    let seen: Promise<number> | undefined;
    const stop = store.onWrite?.(() => {
      count += 1;
      // Read at once, inside the listener: the write must already be visible to a new read.
      seen ??= getDataVersion(store).then((v) => v.version);
    });
    try {
      await action();
    } finally {
      stop?.();
    }
    return { count, version: await seen };
  };

  it('signals a committed import once the version has moved, never a read', async () => {
    const { original } = await sampleAndRevision();
    const before = (await getDataVersion(store)).version;
    const imported = await signalled(() => importReport(store, { fileName: 'a.txt', bytes: original }));
    expect(imported.count).toBeGreaterThan(0);
    expect(imported.version).toBeGreaterThan(before);
    const read = await signalled(() => listReports(store, { page: 1, pageSize: 10 }));
    expect(read.count).toBe(0);
  });

  it('signals a write outside a transaction, and nothing for a transaction rolled back', async () => {
    const single = await signalled(() =>
      store.db
        .insertInto('regions')
        .values({ name: '测试区', code: null, level: null, parent_id: null })
        .execute(),
    );
    expect(single.count).toBe(1);
    const rolledBack = await signalled(() =>
      store.db
        .transaction()
        .execute(async (trx) => {
          await trx
            .insertInto('regions')
            .values({ name: '回滚区', code: null, level: null, parent_id: null })
            .execute();
          throw new Error('roll back');
        })
        .catch(() => undefined),
    );
    expect(rolledBack.count).toBe(0);
    const committed = await signalled(() =>
      store.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('regions')
          .values({ name: '提交区', code: null, level: null, parent_id: null })
          .execute();
        await sql`select 1`.execute(trx);
      }),
    );
    // One signal for the whole transaction, at its commit.
    expect(committed.count).toBe(1);
  });

  it('stops calling a listener once it is removed', async () => {
    let calls = 0;
    const stop = store.onWrite?.(() => {
      calls += 1;
    });
    stop?.();
    await store.db
      .insertInto('regions')
      .values({ name: '静默区', code: null, level: null, parent_id: null })
      .execute();
    expect(calls).toBe(0);
  });
});
