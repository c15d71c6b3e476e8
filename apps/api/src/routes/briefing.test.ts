import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importReport, openStore } from '@nianbao/db';
import type { AgencyDto, ReportListDto } from '@nianbao/schema';
import * as fontkit from 'fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import {
  type AnalyticsWorld,
  analyticsWorld,
  FIXTURES,
  fixturePath,
  testStoreTargets,
} from '../test-fixtures/analytics-store.ts';
import { collectionFace, DEFAULT_CJK_FONT, subsetKey } from './briefing-font.ts';
import type { ProvenanceDto } from './briefing-provenance.ts';

/** The reports of a region's agencies as the report list and the agency list tell them apart. */
async function expectedProvenance(
  world: AnalyticsWorld,
  regionId: number,
  keep: (agency: AgencyDto, year: number) => boolean,
) {
  const { agencies } = await world.get<{ agencies: AgencyDto[] }>(`/api/agencies?regionId=${regionId}`);
  const { reports } = await world.get<ReportListDto>('/api/reports?pageSize=500');
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const behind = reports.filter((r) => {
    const agency = byId.get(r.agencyId);
    return agency !== undefined && r.year !== null && keep(agency, r.year);
  });
  return {
    reportCount: behind.length,
    years: [...new Set(behind.map((r) => r.year))].sort(),
    flaggedCount: behind.filter((r) => r.findingCounts.error > 0).length,
  };
}

describe.each(testStoreTargets())('GET /api/briefing/provenance on $name', (target) => {
  let world: AnalyticsWorld;
  beforeAll(async () => {
    world = await analyticsWorld(target);
  });
  afterAll(() => world.close());

  it("counts a region's reports without the government summary, with their years and error findings", async () => {
    const regionId = await world.regionId('嵩县');
    const got = await world.get<ProvenanceDto>(`/api/briefing/provenance?regionId=${regionId}`);
    const want = await expectedProvenance(world, regionId, (a) => a.kind !== 'government');
    expect(want.reportCount).toBeGreaterThan(3);
    expect(want.flaggedCount).toBeGreaterThan(0);
    expect(got).toMatchObject(want);
    expect(got.sources).toEqual({ real: want.reportCount, demo: 0, upload: 0 });
  });

  it('narrows to a year range and a kind, includes summaries on request, and drops flagged reports', async () => {
    const regionId = await world.regionId('嵩县');
    const base = `/api/briefing/provenance?regionId=${regionId}`;
    expect(await world.get<ProvenanceDto>(`${base}&from=2020&to=2020&summaries=include`)).toMatchObject(
      await expectedProvenance(world, regionId, (_a, year) => year === 2020),
    );
    expect(await world.get<ProvenanceDto>(`${base}&kind=department&year=2020`)).toMatchObject(
      await expectedProvenance(world, regionId, (a, year) => a.kind === 'department' && year === 2020),
    );
    const unflagged = await world.get<ProvenanceDto>(`${base}&flagged=exclude`);
    const all = await expectedProvenance(world, regionId, (a) => a.kind !== 'government');
    expect(unflagged.reportCount).toBe(all.reportCount - all.flaggedCount);
    expect(unflagged.flaggedCount).toBe(0);
  });

  it("adds named agencies' reports to the regions' and answers 404 for an unknown region", async () => {
    const agency = world.agencyOf('luanchuan-jyj-2020.txt');
    const regionId = await world.regionId('嵩县');
    const alone = await world.get<ProvenanceDto>(`/api/briefing/provenance?agency=${agency}`);
    expect(alone).toMatchObject({ reportCount: 1, years: [2020], flaggedCount: 0 });
    const region = await world.get<ProvenanceDto>(`/api/briefing/provenance?regionId=${regionId}`);
    const both = await world.get<ProvenanceDto>(
      `/api/briefing/provenance?regionId=${regionId}&agency=${agency}`,
    );
    expect(both.reportCount).toBe(region.reportCount + 1);
    const missing = await world.app.request('/api/briefing/provenance?region=999999');
    expect(missing.status).toBe(404);
    expect(await world.get('/api/briefing/provenance?from=2021&to=2019', 400)).toMatchObject({
      error: { code: 'invalid_range' },
    });
  });
});

describe('provenance of demo reports', () => {
  it('counts reports imported as demo data apart from real ones', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'nianbao-briefing-'));
    const store = await openStore(`file:${path.join(dir, 'store.db')}`);
    try {
      const [first, ...rest] = FIXTURES.filter((name) => name.startsWith('songxian-jyj'));
      if (first === undefined) throw new Error('no 嵩县教育局 fixtures');
      const real = await importReport(store, { fileName: first, bytes: await readFile(fixturePath(first)) });
      for (const name of rest) {
        await importReport(store, {
          fileName: name,
          bytes: await readFile(fixturePath(name)),
          source: 'demo',
        });
      }
      const app = createApp({ store, logError: () => {} });
      const res = await app.request(`/api/briefing/provenance?agency=${real.agencyId}`);
      const body = (await res.json()) as ProvenanceDto;
      expect(body.sources).toEqual({ real: 1, demo: rest.length, upload: 0 });
      expect(body.reportCount).toBe(1 + rest.length);
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('GET /api/briefing/font', () => {
  let world: AnalyticsWorld;
  beforeAll(async () => {
    const [sqlite] = testStoreTargets();
    if (sqlite === undefined) throw new Error('no SQLite test target');
    world = await analyticsWorld(sqlite);
  });
  afterAll(() => world.close());

  it('answers a WOFF2 font with the glyphs of the text and no others', async () => {
    const text = '数据来源：12 份政府信息公开工作年度报告';
    const res = await world.app.request(`/api/briefing/font?text=${encodeURIComponent(text)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('font/woff2');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
    const font = fontkit.create(bytes);
    if (!('hasGlyphForCodePoint' in font)) throw new Error('a collection, not a font');
    for (const char of text) expect(font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0)).toBe(true);
    expect(font.hasGlyphForCodePoint('龘'.codePointAt(0) ?? 0)).toBe(false);
    expect(font.postscriptName).toBe('NotoSansCJKsc-Regular');
  });

  it('refuses an empty text or one with too many characters', async () => {
    expect((await world.app.request('/api/briefing/font?text=')).status).toBe(400);
    const many = Array.from({ length: 2100 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    expect((await world.app.request(`/api/briefing/font?text=${encodeURIComponent(many)}`)).status).toBe(400);
  });

  it('cuts the Simplified Chinese face out of the Noto Sans CJK collection', async () => {
    const face = collectionFace(new Uint8Array(await readFile(DEFAULT_CJK_FONT)), 'NotoSansCJKsc-Regular');
    const font = fontkit.create(Buffer.from(face));
    if (!('postscriptName' in font)) throw new Error('a collection, not a font');
    expect(font.postscriptName).toBe('NotoSansCJKsc-Regular');
    expect(font.hasGlyphForCodePoint('数'.codePointAt(0) ?? 0)).toBe(true);
  });

  it('keys subsets by their distinct characters', () => {
    expect(subsetKey('数据数据来源')).toBe(subsetKey('源来据数'));
  });
});
