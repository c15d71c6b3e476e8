import { rankingDtoSchema } from '@nianbao/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../import/import-outcome.ts';
import { UnknownRegionError } from '../regions/region-ref.ts';
import { openStore, type Store } from '../store.ts';
import { type FixtureName, importFixtures, printedTotal } from '../test-support/analytics-fixtures.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { type ComputedRanking, getRankings, type RankingMemo } from './get-rankings.ts';
import { UnknownMetricError } from './get-series.ts';
import { sortRankingRows } from './ranking-order.ts';

const NEW = '一、本年新收政府信息公开申请数量';

describe.each(testStoreTargets())('getRankings on $name', (target) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let outcomes: Map<FixtureName, ImportOutcome>;

  beforeAll(async () => {
    const created = await target.create();
    cleanup = created.cleanup;
    store = await openStore(created.url);
    outcomes = await importFixtures(store);
  });
  afterAll(async () => {
    await store.close();
    await cleanup();
  });

  const agencyOf = (name: FixtureName) => outcomes.get(name)?.agencyId;

  it('ranks departments with shared ranks for ties, previous ranks and changes', async () => {
    const ranking = await getRankings(store, {
      metric: 't3.new.total',
      year: 2020,
      kind: 'department',
      order: 'desc',
      includeFlagged: false,
    });
    expect(rankingDtoSchema.parse(ranking)).toEqual(ranking);
    const jyj = await printedTotal('songxian-jyj-2020.txt', NEW);
    const wjw = await printedTotal('songxian-wjw-2020.txt', NEW);
    const luanchuan = await printedTotal('luanchuan-jyj-2020.txt', NEW);
    const jyjBefore = await printedTotal('songxian-jyj-2019.txt', NEW);
    const wjwBefore = await printedTotal('songxian-wjw-2019.txt', NEW);
    // The fixtures are built for a tie at the top, a third place, and a reversed order in 2019.
    expect(jyj).toBe(wjw);
    expect(luanchuan).toBeLessThan(jyj);
    expect(wjwBefore).toBeGreaterThan(jyjBefore);

    expect(
      ranking.rows.map((r) => [r.rank, r.agencyId, r.value, r.previousValue, r.previousRank, r.change]),
    ).toEqual([
      [1, agencyOf('songxian-wjw-2020.txt'), wjw, wjwBefore, 1, wjw - wjwBefore],
      [1, agencyOf('songxian-jyj-2020.txt'), jyj, jyjBefore, 2, jyj - jyjBefore],
      [3, agencyOf('luanchuan-jyj-2020.txt'), luanchuan, null, null, null],
    ]);
    expect(ranking.rows.every((r) => !r.flagged)).toBe(true);
    expect(ranking.rows[0]).toMatchObject({
      agencyName: '洛阳市嵩县卫生健康委员会',
      regionName: '嵩县',
      reportId: outcomes.get('songxian-wjw-2020.txt')?.reportId,
    });
  });

  it('lists a report with error findings only on request, and marks it', async () => {
    const gaj = await printedTotal('songxian-gaj-2020.txt', NEW);
    const ranking = await getRankings(store, {
      metric: 't3.new.total',
      year: 2020,
      kind: 'department',
      order: 'desc',
      includeFlagged: true,
    });
    expect(ranking.rows.map((r) => [r.rank, r.agencyId, r.value, r.flagged])).toEqual([
      [1, agencyOf('songxian-gaj-2020.txt'), gaj, true],
      [2, agencyOf('songxian-wjw-2020.txt'), await printedTotal('songxian-wjw-2020.txt', NEW), false],
      [2, agencyOf('songxian-jyj-2020.txt'), await printedTotal('songxian-jyj-2020.txt', NEW), false],
      [4, agencyOf('luanchuan-jyj-2020.txt'), await printedTotal('luanchuan-jyj-2020.txt', NEW), false],
    ]);
  });

  it('orders ascending, limits to a region and its subtree, and leaves out X1-flagged reports', async () => {
    const songxian = outcomes.get('songxian-jyj-2021.txt');
    const region = await store.db
      .selectFrom('regions')
      .select(['id', 'parent_id'])
      .where('name', '=', '嵩县')
      .executeTakeFirstOrThrow();
    const asc = await getRankings(store, {
      metric: 't3.new.total',
      year: 2020,
      region: { id: region.id },
      order: 'asc',
      includeFlagged: false,
    });
    const sample = outcomes.get('songxian-2020-zfb.txt');
    // The sample prints 0 new applications; the county government is not a department but is in 嵩县.
    expect(asc.rows[0]).toMatchObject({ rank: 1, reportId: sample?.reportId, value: 0 });
    expect(asc.rows.map((r) => r.agencyId)).not.toContain(agencyOf('luanchuan-jyj-2020.txt'));
    expect(asc.rows.map((r) => r.agencyId)).toContain(agencyOf('songxian-zf-2020.txt'));
    const city = await getRankings(store, {
      metric: 't3.new.total',
      year: 2020,
      region: { id: region.parent_id ?? -1 },
      order: 'asc',
      includeFlagged: false,
    });
    expect(city.rows).toHaveLength(asc.rows.length + 1);

    // 2021: the only report is flagged by X1 (carry-over), so the default ranking is empty.
    expect(songxian?.flagged).toBe(true);
    const y2021 = { metric: 't3.new.total', year: 2021, order: 'desc', kind: 'department' } as const;
    expect((await getRankings(store, { ...y2021, includeFlagged: false })).rows).toEqual([]);
    const flagged = await getRankings(store, { ...y2021, includeFlagged: true });
    expect(flagged.rows.map((r) => [r.rank, r.reportId, r.flagged, r.previousRank])).toEqual([
      [1, songxian?.reportId, true, 2],
    ]);
  });

  it('ranks by a derived ratio, with a zero denominator null, last and unranked', async () => {
    const ranking = await getRankings(store, {
      metric: 'd.applications.disclosed_rate',
      year: 2020,
      order: 'desc',
      includeFlagged: false,
    });
    const rate = async (name: FixtureName) => {
      const granted = await printedTotal(name, '(一) 予以公开');
      const partial = await printedTotal(name, '(二) 部分公开（区分处理的，只计这一情形，不计其他情形）');
      return ((granted + partial) / (await printedTotal(name, '(七)总计'))) * 100;
    };
    const expected = await Promise.all(
      (
        [
          'songxian-jyj-2020.txt',
          'songxian-wjw-2020.txt',
          'songxian-zf-2020.txt',
          'luanchuan-jyj-2020.txt',
        ] as const
      ).map(async (name) => ({ agencyId: agencyOf(name), value: await rate(name) })),
    );
    expected.sort((a, b) => b.value - a.value);
    const ranked = ranking.rows.filter((r) => r.rank !== null);
    expect(ranked.map((r) => [r.agencyId, r.value])).toEqual(expected.map((e) => [e.agencyId, e.value]));
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    // The real sample handled 0 applications: no rate, listed last.
    expect(ranking.rows.at(-1)).toMatchObject({
      rank: null,
      value: null,
      reportId: outcomes.get('songxian-2020-zfb.txt')?.reportId,
      change: null,
    });
  });

  it('cuts pages of the sorted ranking, with ranks and counts of the whole ranking on every page', async () => {
    const base = { metric: 't3.new.total', year: 2020, order: 'desc', includeFlagged: true } as const;
    const whole = await getRankings(store, base);
    expect(whole).toMatchObject({ sort: 'rank', dir: 'asc', offset: 0, limit: null });
    expect(whole.total).toBe(whole.rows.length);
    expect(whole.ranked).toBe(whole.rows.filter((r) => r.rank !== null).length);
    expect(whole.flaggedCount).toBe(whole.rows.filter((r) => r.flagged).length);
    expect(whole.flaggedCount).toBeGreaterThan(0);
    expect(whole.valueScale).toBe(Math.max(...whole.rows.map((r) => Math.abs(r.value ?? 0))));
    expect(whole.total).toBeGreaterThan(3);

    for (const sort of ['rank', 'name', 'value', 'previousValue', 'change', 'move'] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        const all = await getRankings(store, { ...base, sort, dir });
        expect(all.rows).toEqual(sortRankingRows(whole.rows, sort, dir));
        const pages = [];
        for (let offset = 0; offset < whole.total; offset += 2) {
          const page = await getRankings(store, { ...base, sort, dir, offset, limit: 2 });
          expect(page).toMatchObject({
            total: whole.total,
            ranked: whole.ranked,
            flaggedCount: whole.flaggedCount,
            valueScale: whole.valueScale,
            offset,
            limit: 2,
            sort,
            dir,
          });
          pages.push(...page.rows);
        }
        expect(pages).toEqual(all.rows);
      }
    }
    const past = await getRankings(store, { ...base, offset: whole.total, limit: 5 });
    expect(past.rows).toEqual([]);
    expect(past.total).toBe(whole.total);
  });

  it('computes a ranking once for all its pages and column orders when given a memo', async () => {
    const kept = new Map<string, ComputedRanking>();
    let hits = 0;
    const memo: RankingMemo = {
      get: (key) => {
        const found = kept.get(key);
        if (found !== undefined) hits += 1;
        return found;
      },
      set: (key, ranking) => kept.set(key, ranking),
    };
    const base = { metric: 't3.new.total', year: 2020, order: 'desc', includeFlagged: true } as const;
    const asked = [
      { offset: 0, limit: 2 },
      { offset: 2, limit: 2 },
      { sort: 'name', dir: 'desc', offset: 1, limit: 3 },
      { sort: 'change', dir: 'asc' },
    ] as const;
    for (const page of asked) {
      expect(await getRankings(store, { ...base, ...page, memo })).toEqual(
        await getRankings(store, { ...base, ...page }),
      );
    }
    expect(kept.size).toBe(1);
    expect(hits).toBe(asked.length - 1);
    await getRankings(store, { ...base, year: 2021, memo });
    await getRankings(store, { ...base, includeFlagged: false, memo });
    expect(kept.size).toBe(3);
  });

  it('rejects unknown metrics and regions', async () => {
    const base = { year: 2020, order: 'desc', includeFlagged: false } as const;
    await expect(getRankings(store, { ...base, metric: 't9.none' })).rejects.toThrow(UnknownMetricError);
    await expect(
      getRankings(store, { ...base, metric: 't3.new.total', region: { code: '999999' } }),
    ).rejects.toThrow(UnknownRegionError);
  });
});
