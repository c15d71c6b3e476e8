import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDataVersion } from '../data-version/data-version.ts';
import { openStore, type Store } from '../store.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { importLedger } from './import-ledger.ts';
import { LedgerFileError } from './ledger-file-error.ts';
import { ledgerDb } from './ledger-tables.ts';
import {
  csvBytes,
  type LedgerWorld,
  seedLedgerWorld,
  type TestCell,
  xlsxBytes,
} from './ledger-test-world.ts';

/** A ledger as offices keep it: a merged title, a note row, the header, data, a blank row, totals. */
const LEDGER: TestCell[][] = [
  [{ value: '2024年政务信息报送采用情况统计表', across: 6 }],
  [{ value: '（单位：条）', across: 6 }],
  ['序号', '报送单位', '月份', '报送数（条）', '采用数（条）', '采用率（%）'],
  [1, '洛阳市教育局', '1月', 12, 5, '41.7%'],
  [2, '洛阳市教育局', '2月', '８', '３', '37.5%'],
  [3, '洛阳市公安局', '1月', 20, 10, '50%'],
  [null, null, null, null, null, null],
  [4, '洛阳市人民政府办公室', '1月', '1,200', 400, '33.3%'],
  ['合计', null, null, 1240, 418, null],
];

async function storedRows(store: Store) {
  const rows = await ledgerDb(store.db)
    .selectFrom('ledger_entries')
    .innerJoin('agencies', 'agencies.id', 'ledger_entries.agency_id')
    .select([
      'agencies.name',
      'ledger_entries.year',
      'ledger_entries.month',
      'ledger_entries.submitted',
      'ledger_entries.adopted',
      'ledger_entries.adopted_city',
      'ledger_entries.adopted_province',
      'ledger_entries.adopted_national',
    ])
    .execute();
  return rows.sort((a, b) => a.name.localeCompare(b.name) || a.year - b.year || a.month - b.month);
}

describe.each(testStoreTargets())('ledger import on $name', (target) => {
  let store: Store;
  let world: LedgerWorld;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    const created = await target.create();
    cleanup = created.cleanup;
    store = await openStore(created.url);
    world = await seedLedgerWorld(store.db);
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it('finds the header under a merged title, skips blank and totals rows and stores the rest', async () => {
    const result = await importLedger(store, {
      fileName: 'ledger-2024.xlsx',
      bytes: await xlsxBytes({ 台账: LEDGER }),
    });
    expect(result).toMatchObject({
      format: 'xlsx',
      years: [2024],
      acceptedRows: 4,
      stored: 4,
      replaced: 0,
      rejected: [],
    });
    expect(result.sheets).toEqual([
      {
        name: '台账',
        headerRow: 3,
        columns: { unit: '报送单位', month: '月份', submitted: '报送数（条）', adopted: '采用数（条）' },
      },
    ]);
    expect(result.skipped).toEqual([
      { sheet: '台账', row: 7, reason: 'blank', text: '' },
      { sheet: '台账', row: 9, reason: 'total', text: '合计 1240 418' },
    ]);
    expect(await storedRows(store)).toEqual([
      {
        name: '洛阳市人民政府办公室',
        year: 2024,
        month: 1,
        submitted: 1200,
        adopted: 400,
        adopted_city: null,
        adopted_province: null,
        adopted_national: null,
      },
      {
        name: '洛阳市公安局',
        year: 2024,
        month: 1,
        submitted: 20,
        adopted: 10,
        adopted_city: null,
        adopted_province: null,
        adopted_national: null,
      },
      {
        name: '洛阳市教育局',
        year: 2024,
        month: 1,
        submitted: 12,
        adopted: 5,
        adopted_city: null,
        adopted_province: null,
        adopted_national: null,
      },
      {
        name: '洛阳市教育局',
        year: 2024,
        month: 2,
        submitted: 8,
        adopted: 3,
        adopted_city: null,
        adopted_province: null,
        adopted_national: null,
      },
    ]);
  });

  it('reports every bad row with its number and reason and keeps the valid rows', async () => {
    const rows: TestCell[][] = [
      ['单位', '年份', '月份', '报送数', '采用数', '采用级别'],
      ['洛阳市教育局', 2024, 3, 10, 4, '市级'],
      ['洛阳市财政局', 2024, 3, 10, 4, null],
      ['洛阳市公安局', 2024, 3, 5, 6, null],
      ['洛阳市公安局', 2024, 13, 5, 1, null],
      ['洛阳市公安局', 2024, '第一季度', 5, 1, null],
      ['洛阳市公安局', 2024, 4, '若干', 1, null],
      ['洛阳市公安局', 2024, 5, 5, 1, '县级'],
      [null, 2024, 6, 5, 1, null],
      ['洛阳市教育局', 2024, 3, 10, 4, '市级'],
      ['洛阳市教育局', 2024, 3, 3, 1, '省级'],
      ['洛阳市公安局', '去年', 7, 2, 1, null],
    ];
    const result = await importLedger(store, { fileName: 'bad.csv', bytes: csvBytes(rows, 'utf-8') });
    expect(result.rejected.map((r) => [r.row, r.code, r.unit])).toEqual([
      [3, 'unknown_unit', '洛阳市财政局'],
      [4, 'adopted_exceeds_submitted', '洛阳市公安局'],
      [5, 'month_out_of_range', '洛阳市公安局'],
      [6, 'invalid_month', '洛阳市公安局'],
      [7, 'invalid_count', '洛阳市公安局'],
      [8, 'unknown_level', '洛阳市公安局'],
      [9, 'missing_unit', null],
      [10, 'duplicate_row', '洛阳市教育局'],
      [12, 'invalid_year', '洛阳市公安局'],
    ]);
    expect(result.rejected.find((r) => r.row === 4)?.message).toBe('adopted (6) exceeds submitted (5)');
    expect(result.rejected.find((r) => r.row === 10)?.message).toContain('row 2');
    // Rows 2 and 11 are one unit-month at two levels: they add up into one entry.
    expect(result).toMatchObject({ acceptedRows: 2, stored: 1 });
    expect(await storedRows(store)).toEqual([
      {
        name: '洛阳市教育局',
        year: 2024,
        month: 3,
        submitted: 13,
        adopted: 5,
        adopted_city: 4,
        adopted_province: 1,
        adopted_national: 0,
      },
    ]);
  });

  it('matches unit names written with spaces, full-width brackets or a region column beside them', async () => {
    const rows: TestCell[][] = [
      ['单位', '所属县区', '月份', '报送数', '采用数'],
      ['伊川县 城关镇人民政府', '伊川县', '2024年5月', 9, 2],
      ['新安县城关镇人民政府', '新安县', '2024年5月', 4, 4],
    ];
    const result = await importLedger(store, { fileName: 'towns.csv', bytes: csvBytes(rows, 'utf-8') });
    expect(result.rejected).toEqual([]);
    expect(result.sheets[0]?.columns).toMatchObject({ unit: '单位', region: '所属县区' });
    const stored = await ledgerDb(store.db)
      .selectFrom('ledger_entries')
      .select(['agency_id', 'submitted'])
      .orderBy('agency_id')
      .execute();
    expect(stored).toEqual([
      { agency_id: world.townA, submitted: 9 },
      { agency_id: world.townB, submitted: 4 },
    ]);
  });

  it('stores the same rows from xlsx, UTF-8 CSV with and without BOM, and GB18030 CSV', async () => {
    const inputs: [string, Uint8Array][] = [
      ['ledger-2024.xlsx', await xlsxBytes({ Sheet1: LEDGER })],
      ['ledger-2024.csv', csvBytes(LEDGER, 'utf-8')],
      ['ledger-2024.csv', csvBytes(LEDGER, 'utf-8-bom')],
      ['ledger-2024.csv', csvBytes(LEDGER, 'gb18030')],
    ];
    const seen = [];
    for (const [fileName, bytes] of inputs) {
      await ledgerDb(store.db).deleteFrom('ledger_entries').execute();
      const result = await importLedger(store, { fileName, bytes });
      expect(result.rejected).toEqual([]);
      seen.push({ rows: await storedRows(store), skipped: result.skipped.map((s) => [s.row, s.reason]) });
    }
    expect(seen[0]?.rows).toHaveLength(4);
    for (const other of seen.slice(1)) expect(other).toEqual(seen[0]);
  });

  it('replaces a unit-month on re-import and leaves other months alone', async () => {
    const bytes = await xlsxBytes({ Sheet1: LEDGER });
    const before = await getDataVersion(store);
    await importLedger(store, { fileName: 'ledger-2024.xlsx', bytes });
    // Cached GET answers (ETags) must not outlive a ledger import.
    expect((await getDataVersion(store)).version).toBeGreaterThan(before.version);
    const again = await importLedger(store, { fileName: 'ledger-2024.xlsx', bytes });
    expect(again).toMatchObject({ stored: 4, replaced: 4 });
    expect(await storedRows(store)).toHaveLength(4);

    const correction: TestCell[][] = [
      ['单位', '月份', '报送数', '采用数'],
      ['洛阳市教育局', '2月', 9, 6],
    ];
    const fixed = await importLedger(store, {
      fileName: 'fix-2024.csv',
      bytes: csvBytes(correction, 'utf-8'),
    });
    expect(fixed).toMatchObject({ stored: 1, replaced: 1 });
    const rows = await storedRows(store);
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.name === '洛阳市教育局' && r.month === 2)).toMatchObject({
      submitted: 9,
      adopted: 6,
    });
    expect(rows.find((r) => r.name === '洛阳市教育局' && r.month === 1)).toMatchObject({
      submitted: 12,
      adopted: 5,
    });
  });

  it('reads a unit merged down over its months and level columns under a two-row header', async () => {
    const rows: TestCell[][] = [
      [{ value: '2024年各单位信息采用情况', across: 7 }],
      ['单位', '月份', '报送数', { value: '采用数', across: 4 }],
      [null, null, null, '合计', '市级', '省级', '国家级'],
      [{ value: '洛阳市公安局', down: 2 }, '1月', 10, 6, 4, 1, 1],
      [null, '2月', 7, 2, 2, 0, 0],
      ['小计', null, 17, 8, 6, 1, 1],
    ];
    const result = await importLedger(store, {
      fileName: 'levels.xlsx',
      bytes: await xlsxBytes({ 汇总: rows }),
    });
    expect(result.rejected).toEqual([]);
    expect(result.skipped.map((s) => [s.row, s.reason])).toEqual([[6, 'total']]);
    expect(await storedRows(store)).toEqual([
      {
        name: '洛阳市公安局',
        year: 2024,
        month: 1,
        submitted: 10,
        adopted: 6,
        adopted_city: 4,
        adopted_province: 1,
        adopted_national: 1,
      },
      {
        name: '洛阳市公安局',
        year: 2024,
        month: 2,
        submitted: 7,
        adopted: 2,
        adopted_city: 2,
        adopted_province: 0,
        adopted_national: 0,
      },
    ]);
  });

  it('takes the month from a sheet name and the year from the title when the table has neither', async () => {
    const sheetRows = (submitted: number): TestCell[][] => [
      ['洛阳市2024年政务信息采用通报'],
      ['单位', '报送信息', '采用信息'],
      ['洛阳市教育局', submitted, 1],
    ];
    const bytes = await xlsxBytes({ '3月': sheetRows(5), '4月': sheetRows(6) });
    const result = await importLedger(store, { fileName: 'monthly.xlsx', bytes });
    expect(result.sheets.map((s) => s.name)).toEqual(['3月', '4月']);
    expect((await storedRows(store)).map((r) => [r.month, r.submitted])).toEqual([
      [3, 5],
      [4, 6],
    ]);
  });

  it('rejects a file without a ledger header, a legacy .xls and a file with no year, storing nothing', async () => {
    const noHeader = csvBytes(
      [
        ['名称', '数量'],
        ['甲', 1],
      ],
      'utf-8',
    );
    await expect(importLedger(store, { fileName: 'x.csv', bytes: noHeader })).rejects.toMatchObject({
      code: 'no_header',
    });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(importLedger(store, { fileName: 'old.xls', bytes: ole })).rejects.toBeInstanceOf(
      LedgerFileError,
    );
    const noYear = csvBytes(
      [
        ['单位', '月份', '报送数', '采用数'],
        ['洛阳市教育局', 1, 3, 1],
      ],
      'utf-8',
    );
    const result = await importLedger(store, { fileName: 'ledger.csv', bytes: noYear });
    expect(result.rejected.map((r) => [r.row, r.code])).toEqual([[2, 'missing_year']]);
    const withYear = await importLedger(store, { fileName: 'ledger.csv', bytes: noYear, year: 2023 });
    expect(withYear).toMatchObject({ stored: 1, years: [2023] });
  });
});
