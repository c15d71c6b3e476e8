import { getDataVersion, importLedger } from '@nianbao/db';
import type { LedgerImportDto, LedgerRankingDto, LedgerSeriesDto } from '@nianbao/schema';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// Test-only reach into the store package's ledger helpers: a small city and spreadsheet writers.
import {
  csvBytes,
  type LedgerWorld,
  seedLedgerWorld,
  type TestCell,
  xlsxBytes,
} from '../../../../packages/db/src/ledger/ledger-test-world.ts';
import {
  type ApiFixture,
  apiFixture,
  bearer,
  parseCsv,
  testStoreTargets,
} from '../test-support/api-fixture.ts';

/** Two months of three units under a merged title, with a totals row and two bad rows. */
const LEDGER: TestCell[][] = [
  [{ value: '洛阳市2024年政务信息报送采用情况', across: 6 }],
  ['序号', '报送单位', '月份', '报送数（条）', '采用数（条）', '采用级别'],
  [1, '洛阳市教育局', '1月', 10, 4, '市级'],
  [2, '洛阳市教育局', '2月', 10, 4, '省级'],
  [3, '洛阳市公安局', '1月', 16, 8, null],
  [4, '洛阳市公安局', '2月', 4, 0, null],
  [5, '洛阳市人民政府办公室', '2月', 30, 6, null],
  [6, '洛阳市财政局', '2月', 3, 1, null],
  [7, '洛阳市公安局', '3月', 2, 5, null],
  ['合计', null, null, 75, 32, null],
];

describe.each(testStoreTargets())('ledger API on $name', (target) => {
  let f: ApiFixture;
  let world: LedgerWorld;
  beforeEach(async () => {
    f = await apiFixture(target);
    world = await seedLedgerWorld(f.store.db);
  });
  afterEach(() => f.close());

  const upload = async (files: { name: string; bytes: Uint8Array }[], token?: string, query = '') => {
    const form = new FormData();
    for (const file of files) form.append('file', new File([new Uint8Array(file.bytes)], file.name));
    return f.app.request(`/api/ledger${query}`, {
      method: 'POST',
      body: form,
      headers: token ? bearer(token) : {},
    });
  };
  async function get<T>(url: string, status = 200): Promise<T> {
    const res = await f.app.request(url);
    const body = await res.json();
    expect(res.status, `${url}: ${JSON.stringify(body)}`).toBe(status);
    return body as T;
  }

  it('takes a ledger only with an editor token', async () => {
    const bytes = await xlsxBytes({ 台账: LEDGER });
    expect((await upload([{ name: 'ledger.xlsx', bytes }])).status).toBe(401);
    expect((await upload([{ name: 'ledger.xlsx', bytes }], f.tokens.reader)).status).toBe(403);
    const ranking = await get<LedgerRankingDto>('/api/ledger/rankings');
    expect(ranking).toMatchObject({ year: null, rows: [] });
  });

  it('imports a spreadsheet, reports bad rows by number and ranks the rest for the month and the year', async () => {
    const before = await getDataVersion(f.store);
    const res = await upload(
      [
        { name: '信息报送台账.xlsx', bytes: await xlsxBytes({ 台账: LEDGER }) },
        { name: 'broken.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) },
      ],
      f.tokens.editor,
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as LedgerImportDto;
    expect(body.errors).toEqual([
      expect.objectContaining({ file: 'broken.xls', code: 'unsupported_format' }),
    ]);
    expect(body.results[0]).toMatchObject({
      file: '信息报送台账.xlsx',
      years: [2024],
      acceptedRows: 5,
      stored: 5,
    });
    expect(body.results[0]?.rejected.map((r) => [r.row, r.code])).toEqual([
      [8, 'unknown_unit'],
      [9, 'adopted_exceeds_submitted'],
    ]);
    expect(body.results[0]?.skipped.map((s) => [s.row, s.reason])).toEqual([[10, 'total']]);
    expect((await getDataVersion(f.store)).version).toBeGreaterThan(before.version);

    const feb = await get<LedgerRankingDto>('/api/ledger/rankings?year=2024&month=2');
    expect(feb.rows.map((r) => [r.agencyName, r.submitted, r.adopted, r.rate, r.ranks.adopted])).toEqual([
      ['洛阳市人民政府办公室', 30, 6, 20, 1],
      ['洛阳市教育局', 10, 4, 40, 2],
      ['洛阳市公安局', 4, 0, 0, 3],
    ]);
    const ytd = await get<LedgerRankingDto>('/api/ledger/rankings?year=2024&month=2&scope=ytd&by=rate');
    expect(ytd.rows.map((r) => [r.agencyName, r.submitted, r.adopted, r.rate, r.ranks.rate])).toEqual([
      ['洛阳市公安局', 20, 8, 40, 1],
      ['洛阳市教育局', 20, 8, 40, 1],
      ['洛阳市人民政府办公室', 30, 6, 20, 3],
    ]);
    expect(ytd.rows[1]?.adoptedByLevel).toEqual({ city: 4, province: 4, national: 0, unspecified: 0 });
    expect(ytd.totals).toEqual({ submitted: 70, adopted: 22, rate: 31.43 });

    const series = await get<LedgerSeriesDto>(`/api/ledger/series?agency=${world.police}`);
    expect(series.points.slice(0, 3).map((p) => [p.month, p.submitted, p.ytdAdopted])).toEqual([
      [1, 16, 8],
      [2, 4, 8],
      [3, null, 8],
    ]);
  });

  it('downloads the ranking and a unit series as CSV and xlsx, marking demo data in the title', async () => {
    await upload([{ name: 'ledger.xlsx', bytes: await xlsxBytes({ 台账: LEDGER }) }], f.tokens.editor);
    const csvRes = await f.app.request('/api/ledger/rankings?year=2024&month=2&scope=ytd&format=csv');
    expect(csvRes.status).toBe(200);
    expect(csvRes.headers.get('content-disposition')).toContain(
      encodeURIComponent('信息报送排名_2024年1—2月.csv'),
    );
    const rows = parseCsv((await csvRes.text()).replace(/^\uFEFF/, ''));
    expect(rows[0]?.slice(0, 6)).toEqual([
      '采用排名',
      '单位',
      '地区',
      '报送（条）',
      '采用（条）',
      '采用率（%）',
    ]);
    expect(rows.slice(1).map((r) => r.slice(0, 6))).toEqual([
      ['1', '洛阳市公安局', '洛阳市', '20', '8', '40'],
      ['1', '洛阳市教育局', '洛阳市', '20', '8', '40'],
      ['3', '洛阳市人民政府办公室', '洛阳市', '30', '6', '20'],
    ]);

    const xlsxRes = await f.app.request(`/api/ledger/series?agency=${world.education}&format=xlsx`);
    expect(xlsxRes.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxRes.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      '月份',
      '报送（条）',
      '采用（条）',
      '采用率（%）',
      '年累计报送（条）',
      '年累计采用（条）',
      '年累计采用率（%）',
      '数据来源',
    ]);
    expect(sheet?.getRow(3).values).toEqual([undefined, '2月', 10, 4, 40, 20, 8, 40, '导入台账']);

    // Rows marked demo turn the export title and the row's source into 演示数据.
    const demoBytes = csvBytes(
      [
        ['单位', '月份', '报送数', '采用数'],
        ['洛阳市教育局', '2024年5月', 3, 1],
      ],
      'utf-8',
    );
    await importLedger(f.store, { fileName: 'demo.csv', bytes: demoBytes, source: 'demo' });
    const demoRes = await f.app.request('/api/ledger/rankings?year=2024&month=5&format=csv');
    expect(decodeURIComponent(demoRes.headers.get('content-disposition') ?? '')).toContain(
      '信息报送排名_2024年5月（演示数据）.csv',
    );
    expect((await demoRes.text()).trim().split('\r\n')[1]).toMatch(/,演示数据$/);
  });

  it('answers bad queries with 400, unknown regions and agencies with 404', async () => {
    await get('/api/ledger/rankings?scope=quarter', 400);
    await get('/api/ledger/rankings?month=13', 400);
    await get('/api/ledger/rankings?region=110000', 404);
    await get('/api/ledger/series', 400);
    const missing = await get<{ error: { code: string } }>('/api/ledger/series?agency=99999', 404);
    expect(missing.error.code).toBe('agency_not_found');
  });

  it('takes the year of a file that states none from the query', async () => {
    const bytes = csvBytes(
      [
        ['单位', '月份', '报送数', '采用数'],
        ['洛阳市教育局', 1, 3, 1],
      ],
      'gb18030',
    );
    const without = (await (
      await upload([{ name: 'a.csv', bytes }], f.tokens.editor)
    ).json()) as LedgerImportDto;
    expect(without.results[0]?.rejected.map((r) => r.code)).toEqual(['missing_year']);
    const withYear = (await (
      await upload([{ name: 'a.csv', bytes }], f.tokens.editor, '?year=2023')
    ).json()) as LedgerImportDto;
    expect(withYear.results[0]).toMatchObject({ encoding: 'gb18030', stored: 1, years: [2023] });
  });
});
