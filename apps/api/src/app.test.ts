import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importReport, openStore, type Store } from '@nianbao/db';
import type { AgencyDto, ReportDetailDto, ReportListDto, SeriesDto } from '@nianbao/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { startServer } from './serve.ts';

const SAMPLE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../data/reports/real/songxian-2020-zfb.txt',
);

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;
let sampleText: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'nianbao-api-'));
  store = await openStore(`file:${path.join(dir, 'api.db')}`);
  const bytes = await readFile(SAMPLE);
  sampleText = bytes.toString('utf8');
  await importReport(store, { fileName: 'songxian-2020-zfb.txt', bytes, source: 'real' });
  app = createApp({ store, logError: () => {} });
});

afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

/** The sample's own printed row, read with a plain regex so the expectation does not come from the parser. */
function printedRow(label: string): number[] {
  const line = sampleText.split('\n').find((l) => l.startsWith(`${label}\t`));
  if (!line) throw new Error(`row ${label} not in sample`);
  return line.split('\t').slice(1).filter(Boolean).map(Number);
}

async function json<T>(url: string, status = 200): Promise<T> {
  const res = await app.request(url);
  expect(res.status, url).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  return (await res.json()) as T;
}

describe('read API over a real SQLite store with the sample imported', () => {
  it('reports health and the number of stored reports', async () => {
    expect(await json('/api/health')).toEqual({ status: 'ok', reports: 1 });
  });

  it('serves the metric catalogue', async () => {
    const { metrics } = await json<{ metrics: { code: string; unit: string }[] }>('/api/metrics');
    expect(metrics.find((m) => m.code === 't3.new.total')?.unit).toBe('件');
    expect(metrics.some((m) => m.code === 'd.applications.disclosed_rate')).toBe(true);
  });

  it('lists the agency with its region and report count', async () => {
    const { agencies } = await json<{ agencies: AgencyDto[] }>('/api/agencies?q=嵩县');
    expect(agencies).toHaveLength(1);
    expect(agencies[0]).toMatchObject({ name: '嵩县人民政府办公室', regionName: '嵩县', reportCount: 1 });
    const none = await json<{ agencies: AgencyDto[] }>('/api/agencies?q=不存在的机构');
    expect(none.agencies).toEqual([]);
  });

  it('lists reports and returns one with values whose spans point at the printed digits', async () => {
    const list = await json<ReportListDto>('/api/reports');
    expect(list.total).toBe(1);
    const summary = list.reports[0];
    expect(summary).toMatchObject({
      agencyName: '嵩县人民政府办公室',
      year: 2020,
      template: '2019',
      source: 'real',
    });
    const detail = await json<ReportDetailDto>(`/api/reports/${summary?.id}`);
    const made = detail.values.find((v) => v.code === 't2.normative.made');
    expect(made?.value).toBe(printedRow('规范性文件')[0]);
    expect(made?.start).not.toBeNull();
    expect(detail.text.slice(made?.start ?? 0, made?.end ?? 0)).toBe(String(made?.value));
    const blank = detail.values.find((v) => v.code === 't3.granted.natural');
    expect(blank).toMatchObject({ value: null, blank: true });
    expect(detail.facts.find((f) => f.code === 'narrative.info_submitted')?.value).toBe(673);
  });

  it('returns a series whose point is the value printed in the source file', async () => {
    const { agencies } = await json<{ agencies: AgencyDto[] }>('/api/agencies');
    const id = agencies[0]?.id;
    const series = await json<SeriesDto>(`/api/series?metric=t2.procurement.amount&agency=${id}`);
    expect(series.series).toHaveLength(1);
    expect(series.series[0]?.points.map((p) => [p.year, p.value])).toEqual([
      [2020, printedRow('政府集中采购')[1]],
    ]);
    const outOfRange = await json<SeriesDto>(
      `/api/series?metric=t2.procurement.amount&agency=${id}&from=2021`,
    );
    expect(outOfRange.series[0]?.points ?? []).toEqual([]);
  });

  it('answers bad requests with a precise JSON error', async () => {
    const unknown = await json<{ error: { code: string; message: string } }>(
      '/api/series?metric=t9.nothing&agency=1',
      400,
    );
    expect(unknown.error.code).toBe('unknown_metric');
    expect(unknown.error.message).toContain('t9.nothing');
    const badYear = await json<{ error: { code: string; message: string } }>(
      '/api/series?metric=t3.new.total&agency=1&from=abc',
      400,
    );
    expect(badYear.error).toMatchObject({ code: 'invalid_request' });
    expect(badYear.error.message).toContain('from');
    expect((await json<{ error: { code: string } }>('/api/reports/999999', 404)).error.code).toBe(
      'report_not_found',
    );
    expect((await json<{ error: { code: string } }>('/api/reports/abc', 400)).error.code).toBe(
      'invalid_request',
    );
    expect((await json<{ error: { code: string } }>('/api/nothing-here', 404)).error.code).toBe('not_found');
  });

  it('serves the same API over a real HTTP server', async () => {
    const server = await startServer({ store, port: 0 });
    try {
      const res = await fetch(`${server.url}/api/health`);
      expect(await res.json()).toEqual({ status: 'ok', reports: 1 });
    } finally {
      await server.close();
    }
  });
});
