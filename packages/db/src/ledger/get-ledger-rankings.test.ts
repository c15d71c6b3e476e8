import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnknownRegionError } from '../regions/region-ref.ts';
import { openStore, type Store } from '../store.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { getLedgerRankings, type LedgerRankingFilter } from './get-ledger-rankings.ts';
import { getLedgerSeries, LedgerAgencyNotFoundError } from './get-ledger-series.ts';
import { ledgerDb } from './ledger-tables.ts';
import { type LedgerWorld, seedLedgerWorld } from './ledger-test-world.ts';

type Seed = [agency: keyof LedgerWorld, year: number, month: number, submitted: number, adopted: number];

/**
 * Through March 2024 the two departments tie on every measure (40 submitted, 10 adopted, 25%);
 * the county office submitted nothing (no rate); the town's April is after March.
 */
const ENTRIES: Seed[] = [
  ['education', 2024, 1, 10, 5],
  ['education', 2024, 2, 10, 5],
  ['education', 2024, 3, 20, 0],
  ['police', 2024, 1, 20, 10],
  ['police', 2024, 3, 20, 0],
  ['office', 2024, 1, 100, 30],
  ['office', 2024, 2, 50, 20],
  ['office', 2024, 3, 10, 10],
  ['countyOffice', 2024, 3, 0, 0],
  ['townA', 2024, 4, 5, 5],
  ['office', 2023, 12, 999, 999],
];

async function seed(store: Store, world: LedgerWorld) {
  await ledgerDb(store.db)
    .insertInto('ledger_entries')
    .values(
      ENTRIES.map(([agency, year, month, submitted, adopted], row) => {
        const levelled = agency === 'office' && year === 2024 && month === 1;
        return {
          agency_id: world[agency],
          year,
          month,
          submitted,
          adopted,
          adopted_city: levelled ? 20 : null,
          adopted_province: levelled ? 10 : null,
          adopted_national: levelled ? 0 : null,
          source: agency === 'police' ? ('demo' as const) : ('upload' as const),
          file_name: 'seed.csv',
          sheet: null,
          row: row + 2,
          imported_at: '2026-01-01T00:00:00.000Z',
        };
      }),
    )
    .execute();
}

const rank = (store: Store, filter: Partial<LedgerRankingFilter>) =>
  getLedgerRankings(store, { scope: 'month', by: 'adopted', order: 'desc', ...filter });

const brief = (rows: Awaited<ReturnType<typeof rank>>['rows']) =>
  rows.map((r) => [
    r.agencyName,
    r.submitted,
    r.adopted,
    r.rate,
    r.ranks.submitted,
    r.ranks.adopted,
    r.ranks.rate,
  ]);

describe.each(testStoreTargets())('ledger rankings and series on $name', (target) => {
  let store: Store;
  let world: LedgerWorld;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    const created = await target.create();
    cleanup = created.cleanup;
    store = await openStore(created.url);
    world = await seedLedgerWorld(store.db);
    await seed(store, world);
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it('sums January through the month for the year to date; ties share a rank and the next skips', async () => {
    const ytd = await rank(store, { year: 2024, month: 3, scope: 'ytd' });
    expect(ytd).toMatchObject({
      year: 2024,
      month: 3,
      fromMonth: 1,
      toMonth: 3,
      availableMonths: [1, 2, 3, 4],
    });
    expect(brief(ytd.rows)).toEqual([
      ['洛阳市人民政府办公室', 160, 60, 37.5, 1, 1, 1],
      ['洛阳市公安局', 40, 10, 25, 2, 2, 2],
      ['洛阳市教育局', 40, 10, 25, 2, 2, 2],
      ['伊川县人民政府办公室', 0, 0, null, 4, 4, null],
    ]);
    expect(ytd.totals).toEqual({ submitted: 240, adopted: 80, rate: 33.33 });
    expect(ytd.rows.map((r) => r.months)).toEqual([3, 2, 3, 1]);
    expect(ytd.rows[0]?.adoptedByLevel).toEqual({ city: 20, province: 10, national: 0, unspecified: 30 });
    expect(ytd.rows[1]?.adoptedByLevel).toBeNull();
  });

  it('ranks one month on its own', async () => {
    const march = await rank(store, { year: 2024, month: 3, scope: 'month', by: 'submitted' });
    expect(march.fromMonth).toBe(3);
    expect(brief(march.rows)).toEqual([
      ['洛阳市公安局', 20, 0, 0, 1, 2, 2],
      ['洛阳市教育局', 20, 0, 0, 1, 2, 2],
      ['洛阳市人民政府办公室', 10, 10, 100, 3, 1, 1],
      ['伊川县人民政府办公室', 0, 0, null, 4, 2, null],
    ]);
  });

  it('lists the other way round with order=asc, units without a rate still last', async () => {
    const asc = await rank(store, { year: 2024, month: 3, scope: 'ytd', by: 'rate', order: 'asc' });
    expect(asc.rows.map((r) => [r.agencyName, r.ranks.rate])).toEqual([
      ['洛阳市公安局', 2],
      ['洛阳市教育局', 2],
      ['洛阳市人民政府办公室', 1],
      ['伊川县人民政府办公室', null],
    ]);
  });

  it('defaults to the latest year and month, and narrows by region and kind', async () => {
    const latest = await rank(store, {});
    expect(latest).toMatchObject({ year: 2024, month: 4, availableYears: [2023, 2024], sources: ['upload'] });
    expect(latest.rows.map((r) => r.agencyName)).toEqual(['伊川县城关镇人民政府']);

    const county = await rank(store, { year: 2024, month: 4, scope: 'ytd', region: { code: '410329' } });
    expect(county.rows.map((r) => r.agencyName).sort()).toEqual([
      '伊川县人民政府办公室',
      '伊川县城关镇人民政府',
    ]);
    const departments = await rank(store, { year: 2024, month: 3, scope: 'ytd', kind: 'department' });
    expect(departments.rows.map((r) => [r.agencyName, r.demo])).toEqual([
      ['洛阳市公安局', true],
      ['洛阳市教育局', false],
    ]);
    expect(departments.sources).toEqual(['demo', 'upload']);
    await expect(rank(store, { region: { code: '110000' } })).rejects.toBeInstanceOf(UnknownRegionError);
  });

  it('answers an empty year with no rows instead of failing', async () => {
    const none = await rank(store, { year: 2019 });
    expect(none).toMatchObject({
      year: 2019,
      month: null,
      rows: [],
      totals: { submitted: 0, adopted: 0, rate: null },
    });
  });

  it('gives a unit twelve months with running totals', async () => {
    const series = await getLedgerSeries(store, { agencyId: world.education });
    expect(series).toMatchObject({
      year: 2024,
      availableYears: [2024],
      agency: { name: '洛阳市教育局', kind: 'department' },
    });
    expect(series.points).toHaveLength(12);
    expect(
      series.points
        .slice(0, 4)
        .map((p) => [p.month, p.submitted, p.adopted, p.rate, p.ytdSubmitted, p.ytdAdopted, p.ytdRate]),
    ).toEqual([
      [1, 10, 5, 50, 10, 5, 50],
      [2, 10, 5, 50, 20, 10, 50],
      [3, 20, 0, 0, 40, 10, 25],
      [4, null, null, null, 40, 10, 25],
    ]);
    const office = await getLedgerSeries(store, { agencyId: world.office, year: 2023 });
    expect(office.availableYears).toEqual([2023, 2024]);
    expect(office.points[11]).toMatchObject({ month: 12, submitted: 999, ytdSubmitted: 999 });
    const levelled = await getLedgerSeries(store, { agencyId: world.office });
    expect(levelled.points[0]?.adoptedByLevel).toEqual({
      city: 20,
      province: 10,
      national: 0,
      unspecified: 0,
    });
    await expect(getLedgerSeries(store, { agencyId: 99_999 })).rejects.toBeInstanceOf(
      LedgerAgencyNotFoundError,
    );
  });
});
