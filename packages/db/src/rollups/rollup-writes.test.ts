import { METRICS } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { SQLITE_ROWS_PER_STATEMENT } from '../import/insert-rows.ts';
import type { Store } from '../store.ts';
import { freshStoreEachTest } from '../test-support/fresh-store.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { RollupDelta } from './rollup-delta.ts';
import { REPORTS_CODE } from './rollup-values.ts';
import { applyRollups } from './rollup-writes.ts';

describe.each(testStoreTargets())('applyRollups on $name', (target) => {
  let store: Store;
  freshStoreEachTest(target, (opened) => {
    store = opened;
  });

  it('adds a delta of more rows than one statement takes to the rows already there', async () => {
    const region = await store.db
      .insertInto('regions')
      .values({ name: '某县', code: '110101', level: 'county', parent_id: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const delta = new RollupDelta();
    const printed = METRICS.filter((m) => m.formula === undefined).map((m) => m.code);
    // Enough years that the delta's rows span several statements.
    const years = Array.from(
      { length: Math.ceil((1.5 * SQLITE_ROWS_PER_STATEMENT) / printed.length) },
      (_, i) => 1900 + i,
    );
    for (const year of years) {
      for (const [i, template] of (['2019', '2021'] as const).entries()) {
        delta.add(
          {
            regionIds: [region.id],
            kind: 'department',
            year,
            template,
            flagged: i === 0,
            values: {
              ...Object.fromEntries(printed.map((code) => [code, 1])),
              't3.new.total': year + i,
              't3.carried_over.total': null,
            },
          },
          1,
        );
      }
    }
    // A report added and taken out again leaves rows that add nothing.
    const gone = {
      regionIds: [region.id],
      kind: 'township',
      year: 1899,
      template: '2021' as const,
      flagged: true,
      values: { 't3.new.total': 5 },
    };
    delta.add(gone, 1);
    delta.add(gone, -1);
    const rows = [...delta.rows()];
    expect(rows.length).toBeGreaterThan(SQLITE_ROWS_PER_STATEMENT);
    await applyRollups(store.db, delta);
    await applyRollups(store.db, delta);
    const stored = await store.db.selectFrom('region_rollups').selectAll().execute();
    const key = (code: string, year: number) => `${code} ${year}`;
    const byKey = new Map(stored.map((r) => [key(r.code, r.year), r]));
    for (const year of years) {
      expect(byKey.get(key('t3.new.total', year))).toMatchObject({
        total: 2 * (2 * year + 1),
        reports: 4,
        flagged: 2,
        editions_2019: 2,
        editions_2021: 2,
      });
      // A blank counts as a present 0.
      expect(byKey.get(key('t3.carried_over.total', year))).toMatchObject({ total: 0, reports: 4 });
      expect(byKey.get(key(REPORTS_CODE, year))).toMatchObject({ reports: 4, flagged: 2 });
    }
    // Rows of the delta that add nothing are not written.
    const written = rows.filter(({ totals }) => Object.values(totals).some((v) => v !== 0));
    expect(written.length).toBeLessThan(rows.length);
    expect(stored.length).toBe(written.length);
  });
});
