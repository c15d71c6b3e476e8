import { describe, expect, it } from 'vitest';
import type { Store } from '../store.ts';
import { freshStoreEachTest } from '../test-support/fresh-store.ts';
import { seedAgency, seedReport } from '../test-support/seed-report.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { InsertRowsError, insertRows, SQLITE_ROWS_PER_STATEMENT } from './insert-rows.ts';

describe.each(testStoreTargets())('insertRows on $name', (target) => {
  let store: Store;
  freshStoreEachTest(target, (opened) => {
    store = opened;
  });

  it('stores text, numbers, nulls and booleans as a plain insert would', async () => {
    const agencyId = await seedAgency(store.db, { name: 'a', kind: 'other' });
    const reportId = await seedReport(store.db, { agencyId, year: 2020, fileName: 'a.txt' });
    const labels = ['带"引号"的\'标签\'', 'back\\slash', '𠀀 astral', 'line\nbreak'];
    await insertRows(
      store.db,
      'facts',
      labels.map((label, i) => ({
        report_id: reportId,
        label,
        value: i === 0 ? 0.1 + 0.2 : -i * 1e9,
        unit: '件',
        code: i % 2 === 0 ? null : `narrative.c${i}`,
        start: i,
        end: i + 1,
        approximate: i === 3,
      })),
    );
    const rows = await store.db
      .selectFrom('facts')
      .select(['label', 'value', 'code', 'start', 'approximate'])
      .orderBy('start')
      .execute();
    expect(rows.map((r) => ({ ...r, approximate: Boolean(r.approximate) }))).toEqual(
      labels.map((label, i) => ({
        label,
        value: i === 0 ? 0.1 + 0.2 : -i * 1e9,
        code: i % 2 === 0 ? null : `narrative.c${i}`,
        start: i,
        approximate: i === 3,
      })),
    );
  });

  it('refuses values that JSON cannot carry', async () => {
    const agencyId = await seedAgency(store.db, { name: 'b', kind: 'other' });
    const reportId = await seedReport(store.db, { agencyId, year: 2020, fileName: 'b.txt' });
    const row = { report_id: reportId, code: 'c', value: Number.NaN };
    if (store.dialect === 'sqlite') {
      await expect(insertRows(store.db, 'derived_values', [row])).rejects.toBeInstanceOf(InsertRowsError);
    }
    await insertRows(store.db, 'derived_values', []);
    const n = await store.db
      .selectFrom('derived_values')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(0);
  });

  it('stores every row of an insert larger than one statement takes', async () => {
    const agencyId = await seedAgency(store.db, { name: 'c', kind: 'other' });
    const reportId = await seedReport(store.db, { agencyId, year: 2020, fileName: 'c.txt' });
    const count = 2 * SQLITE_ROWS_PER_STATEMENT + 7;
    await insertRows(
      store.db,
      'derived_values',
      Array.from({ length: count }, (_, i) => ({ report_id: reportId, code: `c${i}`, value: i })),
    );
    const sum = await store.db
      .selectFrom('derived_values')
      .select((eb) => [eb.fn.countAll().as('n'), eb.fn.sum<number>('value').as('total')])
      .executeTakeFirstOrThrow();
    expect(Number(sum.n)).toBe(count);
    expect(Number(sum.total)).toBe((count * (count - 1)) / 2);
  });
});
