import { readFile } from 'node:fs/promises';
import { parseReport } from '@nianbao/parser';
import { computeDerived } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import type { Store } from '../store.ts';
import { fixturePath, importFixtures } from '../test-support/analytics-fixtures.ts';
import { freshStoreEachTest } from '../test-support/fresh-store.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { refreshDerivedValues } from './derived-values.ts';

describe.each(testStoreTargets())('derived values on $name', (target) => {
  let store: Store;
  freshStoreEachTest(target, (opened) => {
    store = opened;
  });

  const stored = async (reportId: number) =>
    Object.fromEntries(
      (
        await store.db
          .selectFrom('derived_values')
          .select(['code', 'value'])
          .where('report_id', '=', reportId)
          .execute()
      ).map((r) => [r.code, r.value]),
    );

  it('stores every category sum and d.* value of both editions at import', async () => {
    for (const name of ['songxian-jyj-2020.txt', 'songxian-jyj-2021.txt', 'songxian-2020-zfb.txt'] as const) {
      const outcome = (await importFixtures(store, [name])).get(name);
      const parsed = await parseReport(await readFile(fixturePath(name)), name);
      const expected = computeDerived(parsed.values, parsed.template, parsed.facts);
      expect(await stored(outcome?.reportId ?? -1), name).toEqual(expected);
    }
    // 2021: 其他处理 is the sum of its three sub-rows; 2019 prints it, so it is not stored as derived.
    const [r2021, r2020] = await Promise.all(
      ['songxian-jyj-2021.txt', 'songxian-jyj-2020.txt'].map(async (file) =>
        store.db.selectFrom('reports').select('id').where('file_name', '=', file).executeTakeFirstOrThrow(),
      ),
    );
    expect((await stored(r2021?.id ?? -1))['t3.other.total']).toBe(1);
    expect('t3.other.total' in (await stored(r2020?.id ?? -1))).toBe(false);
  });

  it('recomputes from the stored values after a change', async () => {
    const outcome = (await importFixtures(store, ['songxian-jyj-2020.txt'])).get('songxian-jyj-2020.txt');
    const id = outcome?.reportId ?? -1;
    await store.db
      .updateTable('report_values')
      .set({ value: 0 })
      .where('report_id', '=', id)
      .where('code', '=', 't3.total.total')
      .execute();
    await refreshDerivedValues(store.db, id);
    const after = await stored(id);
    // A zero denominator gives null, never 0 or NaN.
    expect(after['d.applications.disclosed_rate']).toBeNull();
    expect(after['d.applications.handled']).toBe(0);
  });
});
