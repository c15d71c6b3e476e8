import { describe, expect, it } from 'vitest';
import type { Store } from '../store.ts';
import { freshStoreEachTest } from '../test-support/fresh-store.ts';
import { seedAgency, seedReport } from '../test-support/seed-report.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { insertInChunks, MAX_PARAMETERS } from './insert-in-chunks.ts';

describe.each(testStoreTargets())('insertInChunks on $name', (target) => {
  let store: Store;
  freshStoreEachTest(target, (opened) => {
    store = opened;
  });

  const rowsFor = (reportId: number, count: number) =>
    Array.from({ length: count }, (_, i) => ({
      report_id: reportId,
      code: `c.${i}`,
      value: i,
      blank: false,
      start: i,
      end: i + 1,
      table: 't3',
      row: i,
      col: 0,
    }));

  it('splits rows into statements that stay under the variable limit', async () => {
    const agencyId = await seedAgency(store.db, { name: 'a', kind: 'other' });
    const reportId = await seedReport(store.db, { agencyId, year: 2020, fileName: 'a.txt' });
    let inserts = 0;
    const counting = store.db.withPlugin({
      transformQuery: (args) => {
        if (args.node.kind === 'InsertQueryNode') inserts += 1;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    // 10 columns per row and room for 25 variables: two rows per statement.
    await insertInChunks(counting, 'report_values', rowsFor(reportId, 5), 25);
    expect(inserts).toBe(3);
    const stored = await store.db.selectFrom('report_values').select('value').orderBy('value').execute();
    expect(stored.map((r) => r.value)).toEqual([0, 1, 2, 3, 4]);
  });

  it('inserts more variables than SQLite 3.31 allowed in one go at the default limit', async () => {
    const agencyId = await seedAgency(store.db, { name: 'b', kind: 'other' });
    const reportId = await seedReport(store.db, { agencyId, year: 2020, fileName: 'b.txt' });
    const count = Math.floor(MAX_PARAMETERS / 10) + 5;
    await insertInChunks(store.db, 'report_values', rowsFor(reportId, count));
    const n = await store.db
      .selectFrom('report_values')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(Number(n?.n)).toBe(count);
  });
});
