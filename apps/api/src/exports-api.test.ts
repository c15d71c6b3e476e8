import { readFile } from 'node:fs/promises';
import {
  type AgencyDto,
  type AuditListDto,
  metricByCode,
  type ReportListDto,
  type SeriesResultDto,
} from '@nianbao/schema';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type ApiFixture,
  apiFixture,
  bearer,
  parseCsv,
  SAMPLE_PATH,
  testStoreTargets,
} from './test-support/api-fixture.ts';

const BOM = '\uFEFF';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe.each(testStoreTargets())('CSV and xlsx exports on $name', (target) => {
  let f: ApiFixture;
  beforeEach(async () => {
    f = await apiFixture(target);
    // A correction gives the audit export a row with a reason that needs quoting.
    await f.app.request(`/api/reports/${f.reportId}/values/t2.normative.made`, {
      method: 'PATCH',
      body: JSON.stringify({ value: 10, reason: '核对后更正，"规范性文件"数量\n以登记簿为准' }),
      headers: { 'Content-Type': 'application/json', ...bearer(f.tokens.editor) },
    });
  });
  afterEach(() => f.close());

  async function jsonOf<T>(url: string): Promise<T> {
    const res = await f.app.request(url);
    expect(res.status, url).toBe(200);
    return (await res.json()) as T;
  }
  async function csvOf(url: string): Promise<string[][]> {
    const res = await f.app.request(url);
    expect(res.status, url).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="[^"]*\.csv"; filename\*=UTF-8''/,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    return parseCsv(text.slice(1));
  }
  const num = (cell: string | undefined) => (cell === undefined || cell === '' ? null : Number(cell));

  it('round-trips the report list: parsed back, the CSV equals the JSON', async () => {
    const json = await jsonOf<ReportListDto>('/api/reports');
    const [header, ...rows] = await csvOf('/api/reports?format=csv');
    expect(header).toEqual([
      '报告编号',
      '机构编号',
      '机构名称',
      '地区',
      '年度',
      '模板版本',
      '文件名',
      '导入时间',
      '来源',
      '错误（条）',
      '警告（条）',
      '提示（条）',
    ]);
    expect(rows).toHaveLength(json.reports.length);
    expect(
      rows.map((r) => ({
        id: num(r[0]),
        agencyId: num(r[1]),
        agencyName: r[2],
        regionName: r[3] === '' ? null : r[3],
        year: num(r[4]),
        template: r[5],
        fileName: r[6],
        importedAt: r[7],
        findingCounts: { error: num(r[9]), warning: num(r[10]), info: num(r[11]) },
      })),
    ).toEqual(json.reports.map(({ source: _source, ...report }) => report));
    expect(rows[0]?.[8]).toBe('真实报告');
  });

  it('round-trips agencies, a series with its unit in the header, and the audit log with quoted text', async () => {
    const agencies = await jsonOf<{ agencies: AgencyDto[] }>('/api/agencies');
    const [aHeader, ...aRows] = await csvOf('/api/agencies?format=csv');
    expect(aHeader).toEqual(['机构编号', '机构名称', '机构类型', '地区', '地区代码', '报告数（份）']);
    expect(aRows.map((r) => [num(r[0]), r[1], r[3], num(r[5])])).toEqual(
      agencies.agencies.map((a) => [a.id, a.name, a.regionName, a.reportCount]),
    );
    expect(aRows[0]?.[2]).toBe('政府办公室');

    const url = `/api/series?metric=t2.procurement.amount&agency=${f.agencyId}`;
    const series = await jsonOf<SeriesResultDto>(url);
    const [sHeader, ...sRows] = await csvOf(`${url}&format=csv`);
    expect(sHeader?.[5]).toBe(`${metricByCode('t2.procurement.amount')?.labelZh}（万元）`);
    expect(sHeader?.[5]).toContain('采购总金额');
    const points = series.series.flatMap((s) =>
      s.points.map((p) => [s.agencyId, s.agencyName, p.year, p.value, p.reportId]),
    );
    expect(points).toEqual([[f.agencyId, '嵩县人民政府办公室', 2020, 15.91, f.reportId]]);
    expect(sRows.map((r) => [num(r[1]), r[2], num(r[4]), num(r[5]), num(r[6])])).toEqual(points);

    const audit = await jsonOf<AuditListDto>('/api/audit');
    const [, ...logRows] = await csvOf('/api/audit?format=csv');
    expect(logRows.map((r) => [num(r[0]), r[4], num(r[5]), num(r[6]), r[7], r[8]])).toEqual(
      audit.entries.map((e) => [e.id, e.code, e.oldValue, e.newValue, e.reason, e.actor.name]),
    );
    expect(logRows[0]?.[7]).toContain('"规范性文件"数量\n');
  });

  it('writes xlsx that the same library opens, with Chinese headers and numbers as numbers', async () => {
    const json = await jsonOf<ReportListDto>('/api/reports');
    const res = await f.app.request('/api/reports?format=xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('报告列表.xlsx')}`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await res.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('the workbook has no sheet');
    expect(sheet.name).toBe('报告列表');
    const cellsOf = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    const header = cellsOf(1);
    expect(header.slice(0, 3)).toEqual(['报告编号', '机构编号', '机构名称']);
    expect(header[9]).toBe('错误（条）');
    const first = cellsOf(2);
    const report = json.reports[0];
    expect(first.slice(0, 5)).toEqual([
      report?.id,
      report?.agencyId,
      report?.agencyName,
      report?.regionName,
      report?.year,
    ]);
    expect(sheet.rowCount).toBe(json.reports.length + 1);

    const seriesRes = await f.app.request(
      `/api/series?metric=t2.procurement.amount&agency=${f.agencyId}&format=xlsx`,
    );
    const seriesBook = new ExcelJS.Workbook();
    await seriesBook.xlsx.load((await seriesRes.arrayBuffer()) as never);
    const row = seriesBook.worksheets[0]?.getRow(2).values as unknown[] | undefined;
    // exceljs rows are 1-based: the value column (6th) is index 6.
    expect(row?.[6]).toBe(15.91);
  });

  it('rejects an unknown format and leaves errors as JSON', async () => {
    const bad = await f.app.request('/api/reports?format=pdf');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_request' } });
    const unknown = await f.app.request('/api/series?metric=t9.none&agency=1&format=csv');
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get('content-type')).toMatch(/application\/json/);
  });

  it('serves the original file with its type and an RFC 5987 Chinese file name', async () => {
    const res = await f.app.request(`/api/reports/${f.reportId}/source`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="_2020_.txt"; filename*=UTF-8''${encodeURIComponent('嵩县政府办2020年报.txt')}`,
    );
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.equals(await readFile(SAMPLE_PATH))).toBe(true);
    expect((await f.app.request('/api/reports/999999/source')).status).toBe(404);
  });
});
