import { deleteReport } from '@nianbao/db';
import { metricByCode, type RankingDto } from '@nianbao/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AnalyticsWorld,
  analyticsWorld,
  printedTotal,
  testStoreTargets,
} from '../test-fixtures/analytics-store.ts';
import { parseCsv } from '../test-support/api-fixture.ts';

const NEW = '一、本年新收政府信息公开申请数量';

describe.each(testStoreTargets())('GET /api/rankings on $name', (target) => {
  let world: AnalyticsWorld;
  beforeAll(async () => {
    world = await analyticsWorld(target);
  });
  afterAll(() => world.close());

  it('ranks with shared ranks for ties, previous ranks and changes, read from the source files', async () => {
    const ranking = await world.get<RankingDto>(
      '/api/rankings?metric=t3.new.total&year=2020&kind=department',
    );
    const jyj = await printedTotal('songxian-jyj-2020.txt', NEW);
    const wjw = await printedTotal('songxian-wjw-2020.txt', NEW);
    const luanchuan = await printedTotal('luanchuan-jyj-2020.txt', NEW);
    const wjwBefore = await printedTotal('songxian-wjw-2019.txt', NEW);
    const jyjBefore = await printedTotal('songxian-jyj-2019.txt', NEW);
    expect(ranking).toMatchObject({
      metric: 't3.new.total',
      year: 2020,
      order: 'desc',
      includeFlagged: false,
    });
    expect(ranking.rows).toEqual([
      {
        rank: 1,
        agencyId: world.agencyOf('songxian-wjw-2020.txt'),
        agencyName: '洛阳市嵩县卫生健康委员会',
        regionName: '嵩县',
        reportId: world.reportOf('songxian-wjw-2020.txt'),
        value: wjw,
        previousValue: wjwBefore,
        previousRank: 1,
        change: wjw - wjwBefore,
        flagged: false,
      },
      {
        rank: 1,
        agencyId: world.agencyOf('songxian-jyj-2020.txt'),
        agencyName: '嵩县教育局',
        regionName: '嵩县',
        reportId: world.reportOf('songxian-jyj-2020.txt'),
        value: jyj,
        previousValue: jyjBefore,
        previousRank: 2,
        change: jyj - jyjBefore,
        flagged: false,
      },
      {
        rank: 3,
        agencyId: world.agencyOf('luanchuan-jyj-2020.txt'),
        agencyName: '洛阳市栾川县教育局',
        regionName: '栾川县',
        reportId: world.reportOf('luanchuan-jyj-2020.txt'),
        value: luanchuan,
        previousValue: null,
        previousRank: null,
        change: null,
        flagged: false,
      },
    ]);
  });

  it('includes and marks the inconsistent report only with includeFlagged=true', async () => {
    const url = (flag: string) => `/api/rankings?metric=t3.new.total&year=2020&kind=department${flag}`;
    const withFlagged = await world.get<RankingDto>(url('&includeFlagged=true'));
    const gaj = world.agencyOf('songxian-gaj-2020.txt');
    expect(withFlagged.includeFlagged).toBe(true);
    expect(withFlagged.rows.map((r) => [r.rank, r.agencyId === gaj, r.flagged])).toEqual([
      [1, true, true],
      [2, false, false],
      [2, false, false],
      [4, false, false],
    ]);
    expect(withFlagged.rows[0]?.value).toBe(await printedTotal('songxian-gaj-2020.txt', NEW));
    const without = await world.get<RankingDto>(url('&includeFlagged=false'));
    expect(without.rows.map((r) => r.agencyId)).not.toContain(gaj);
  });

  it('filters by region, orders ascending and ranks a derived metric with nulls last', async () => {
    const regionId = await world.regionId('栾川县');
    const county = await world.get<RankingDto>(
      `/api/rankings?metric=t3.new.total&year=2020&regionId=${regionId}&order=asc`,
    );
    expect(county.rows.map((r) => r.agencyName)).toEqual(['洛阳市栾川县教育局']);
    const rate = await world.get<RankingDto>(
      '/api/rankings?metric=d.applications.disclosed_rate&year=2020&order=asc',
    );
    const values = rate.rows.map((r) => r.value);
    expect(values.at(-1)).toBeNull();
    expect(rate.rows.at(-1)?.rank).toBeNull();
    const ranked = values.filter((v): v is number => v !== null);
    expect(ranked).toEqual([...ranked].sort((a, b) => a - b));
  });

  it("answers pages of a sorted ranking with the whole ranking's ranks and counts on every page", async () => {
    const base = '/api/rankings?metric=t3.new.total&year=2020&includeFlagged=true';
    const whole = await world.get<RankingDto>(base);
    expect(whole).toMatchObject({ sort: 'rank', dir: 'asc', offset: 0, limit: null });
    expect(whole.total).toBe(whole.rows.length);
    expect(whole.total).toBeGreaterThan(3);
    expect(whole.ranked).toBe(whole.rows.filter((r) => r.rank !== null).length);
    expect(whole.flaggedCount).toBe(whole.rows.filter((r) => r.flagged).length);
    const byAgency = new Map(whole.rows.map((r) => [r.agencyId, r]));

    for (const sort of ['rank', 'name', 'value', 'previousValue', 'change', 'move']) {
      for (const dir of ['asc', 'desc']) {
        const all = await world.get<RankingDto>(`${base}&sort=${sort}&dir=${dir}`);
        expect(all.rows).toHaveLength(whole.total);
        const paged: RankingDto['rows'] = [];
        for (let offset = 0; offset < whole.total; offset += 3) {
          const page = await world.get<RankingDto>(
            `${base}&sort=${sort}&dir=${dir}&offset=${offset}&limit=3`,
          );
          expect(page).toMatchObject({
            sort,
            dir,
            offset,
            limit: 3,
            total: whole.total,
            ranked: whole.ranked,
            flaggedCount: whole.flaggedCount,
          });
          // Each row carries its rank in the whole ranking, whatever the page and the column.
          for (const row of page.rows) expect(row).toEqual(byAgency.get(row.agencyId));
          paged.push(...page.rows);
        }
        expect(paged).toEqual(all.rows);
      }
    }
    // A column's first click lists figures largest first, missing ones last.
    const byValue = await world.get<RankingDto>(`${base}&sort=value&limit=2`);
    expect(byValue.dir).toBe('desc');
    const values = whole.rows.flatMap((r) => (r.value === null ? [] : [r.value]));
    expect(byValue.rows[0]?.value).toBe(Math.max(...values));
    const lastByValue = await world.get<RankingDto>(`${base}&sort=value&offset=${whole.total - 1}&limit=1`);
    expect(lastByValue.rows[0]?.value ?? null).toBe(
      whole.rows.some((r) => r.value === null) ? null : Math.min(...values),
    );
  });

  it('rejects bad sort, direction and page values precisely', async () => {
    const base = '/api/rankings?metric=t3.new.total&year=2020';
    for (const [param, field] of [
      ['sort=size', 'sort'],
      ['dir=up', 'dir'],
      ['offset=-1', 'offset'],
      ['offset=1.5', 'offset'],
      ['limit=0', 'limit'],
      ['limit=1001', 'limit'],
      ['limit=ten', 'limit'],
    ]) {
      const bad = await world.get<{ error: { code: string; message: string } }>(`${base}&${param}`, 400);
      expect(bad.error.code).toBe('invalid_request');
      expect(bad.error.message).toContain(field);
    }
  });

  it('answers bad queries with the shared error shape', async () => {
    const missingYear = await world.get<{ error: { code: string; message: string } }>(
      '/api/rankings?metric=t3.new.total',
      400,
    );
    expect(missingYear.error.code).toBe('invalid_request');
    expect(missingYear.error.message).toContain('year');
    const badOrder = await world.get<{ error: { code: string } }>(
      '/api/rankings?metric=t3.new.total&year=2020&order=up',
      400,
    );
    expect(badOrder.error.code).toBe('invalid_request');
    const unknown = await world.get<{ error: { code: string } }>(
      '/api/rankings?metric=t9.none&year=2020',
      400,
    );
    expect(unknown.error.code).toBe('unknown_metric');
    const region = await world.get<{ error: { code: string } }>(
      '/api/rankings?metric=t3.new.total&year=2020&region=110000',
      404,
    );
    expect(region.error.code).toBe('region_not_found');
    const both = await world.get<{ error: { code: string } }>(
      '/api/rankings?metric=t3.new.total&year=2020&region=410325&regionId=1',
      400,
    );
    expect(both.error.code).toBe('invalid_request');
  });
});

describe.each(testStoreTargets())('GET /api/rankings pages after a write on $name', (target) => {
  let world: AnalyticsWorld;
  beforeAll(async () => {
    world = await analyticsWorld(target);
  });
  afterAll(() => world.close());

  it('answers pages of the ranking as it is after a report is deleted, not as it was', async () => {
    const url = (offset: number) =>
      `/api/rankings?metric=t3.new.total&year=2020&includeFlagged=true&offset=${offset}&limit=2`;
    const first = await world.get<RankingDto>(url(0));
    const second = await world.get<RankingDto>(url(2));
    expect(second.total).toBe(first.total);
    const top = first.rows[0];
    if (top === undefined) throw new Error('empty ranking');
    await deleteReport(world.store, top.reportId, { tokenId: null, name: 'test' });
    const after = await world.get<RankingDto>(url(0));
    expect(after.total).toBe(first.total - 1);
    expect(after.rows.map((r) => r.agencyId)).not.toContain(top.agencyId);
    const nextPage = await world.get<RankingDto>(url(2));
    expect(nextPage.total).toBe(first.total - 1);
    expect(nextPage.rows.map((r) => r.agencyId)).not.toContain(top.agencyId);
  });
});

describe.each(testStoreTargets())('GET /api/rankings?format=csv on $name', (target) => {
  let world: AnalyticsWorld;
  beforeAll(async () => {
    world = await analyticsWorld(target);
  });
  afterAll(() => world.close());

  it('downloads the same ranking as CSV with Chinese headers and the unit in them', async () => {
    const url = '/api/rankings?metric=t3.new.total&year=2020&kind=department&includeFlagged=true';
    const json = await world.get<RankingDto>(url);
    // A page's query downloads every row all the same.
    const res = await world.app.request(`${url}&offset=1&limit=1&format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header?.slice(0, 7)).toEqual([
      '名次',
      '机构编号',
      '机构名称',
      '地区',
      '报告编号',
      `${metricByCode('t3.new.total')?.labelZh}（件）`,
      '上年值（件）',
    ]);
    const num = (cell: string | undefined) => (cell === undefined || cell === '' ? null : Number(cell));
    expect(rows.map((r) => [num(r[0]), num(r[1]), r[2], num(r[5]), num(r[7])])).toEqual(
      json.rows.map((r) => [r.rank, r.agencyId, r.agencyName, r.value, r.previousRank]),
    );

    // Every row, in the column order asked for.
    const byName = await world.get<RankingDto>(`${url}&sort=name&dir=desc`);
    const sorted = await world.app.request(`${url}&sort=name&dir=desc&limit=1&format=csv`);
    const [, ...sortedRows] = parseCsv(
      new TextDecoder('utf-8', { ignoreBOM: true }).decode(await sorted.arrayBuffer()).slice(1),
    );
    expect(sortedRows.map((r) => num(r[1]))).toEqual(byName.rows.map((r) => r.agencyId));
    expect(sortedRows).toHaveLength(json.total);
  });
});
