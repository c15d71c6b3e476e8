import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '@nianbao/api';
import { importReport, openStore, type Store } from '@nianbao/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, ApiRequestError, createApiClient } from './client.ts';

const SAMPLE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../data/reports/real/songxian-2020-zfb.txt',
);

let dir: string;
let store: Store;
let client: ApiClient;
let sampleText: string;
const requested: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'nianbao-web-client-'));
  store = await openStore(`file:${path.join(dir, 'web.db')}`);
  const bytes = await readFile(SAMPLE);
  sampleText = bytes.toString('utf8');
  await importReport(store, { fileName: 'songxian-2020-zfb.txt', bytes, source: 'real' });
  const app = createApp({ store, logError: () => {} });
  // The real Hono app stands in for the network: the client's URLs and the server's answers are real.
  client = createApiClient({
    baseUrl: 'http://nianbao.test',
    fetch: async (input, init) => {
      const request = new Request(input, init);
      requested.push(request.url);
      return app.fetch(request);
    },
  });
});

afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

/** The sample's printed 规范性文件 row, read with a regex so the expectation does not come from the parser. */
function printedNormativeMade(): number {
  const match = /^规范性文件\t(\d+)/m.exec(sampleText);
  if (!match?.[1]) throw new Error('规范性文件 row not found in the sample');
  return Number(match[1]);
}

describe('api client against the real API app', () => {
  it('reads health, the catalogue and the agencies', async () => {
    expect(await client.health()).toEqual({ status: 'ok', reports: 1 });
    const { metrics } = await client.metrics();
    expect(metrics.find((m) => m.code === 't2.normative.made')?.unit).toBe('件');
    const { agencies } = await client.agencies({});
    expect(agencies.map((a) => a.name)).toContain('嵩县人民政府办公室');
    expect((await client.agencies({ q: '并不存在的机构' })).agencies).toEqual([]);
  });

  it('lists reports and opens one', async () => {
    const list = await client.reports({ q: '嵩县', page: 1, pageSize: 10 });
    expect(list.total).toBe(1);
    const summary = list.reports[0];
    if (summary === undefined) throw new Error('no report listed');
    const detail = await client.report(summary.id);
    expect(detail.report.agencyName).toBe('嵩县人民政府办公室');
    expect(detail.values.find((v) => v.code === 't2.normative.made')?.value).toBe(printedNormativeMade());
    expect(requested).toContain(`http://nianbao.test/api/reports/${summary.id}`);
  });

  it('sends every agency as a repeated parameter and reads the series', async () => {
    const { agencies } = await client.agencies({});
    const id = agencies[0]?.id;
    if (id === undefined) throw new Error('no agency');
    const series = await client.series({ metric: 't2.normative.made', agencies: [id, 999_999] });
    expect(requested.at(-1)).toBe(
      `http://nianbao.test/api/series?metric=t2.normative.made&agency=${id}&agency=999999`,
    );
    const line = series.series.find((s) => s.agencyId === id);
    expect(line?.points.map((p) => [p.year, p.value])).toEqual([[2020, printedNormativeMade()]]);
  });

  it("turns the server's error body into an ApiRequestError", async () => {
    const missing = await client.report(999_999).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ApiRequestError);
    expect(missing).toMatchObject({ status: 404, code: 'report_not_found' });

    const unknown = await client
      .series({ metric: 't9.nothing', agencies: [1] })
      .catch((error: unknown) => error);
    expect(unknown).toMatchObject({ status: 400, code: 'unknown_metric' });
  });

  it('reports a server that cannot be reached as a network error', async () => {
    const offline = createApiClient({
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    const error = await offline.health().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 0, code: 'network' });
  });
});
