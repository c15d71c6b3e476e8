import { readFile } from 'node:fs/promises';
import { regionTreeDtoSchema, seriesResultDtoSchema } from '@nianbao/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../import/import-outcome.ts';
import { UnknownRegionError } from '../regions/region-ref.ts';
import { openStore, type Store } from '../store.ts';
import {
  type FixtureName,
  fixturePath,
  importFixtures,
  printedRow,
  printedTotal,
} from '../test-support/analytics-fixtures.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { getRegionTree } from './get-region-tree.ts';
import { getSeriesResult } from './get-series-result.ts';

const NEW = '一、本年新收政府信息公开申请数量';

describe.each(testStoreTargets())('getSeriesResult and getRegionTree on $name', (target) => {
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

  const regionId = async (name: string) =>
    (await store.db.selectFrom('regions').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  const agency = (name: FixtureName) => outcomes.get(name)?.agencyId ?? -1;
  const report = (name: FixtureName) => outcomes.get(name)?.reportId;

  it('charts an agency with the values printed in its files and marks the edition change', async () => {
    const result = await getSeriesResult(store, {
      metric: 't2.normative.made',
      agency: [agency('songxian-jyj-2020.txt')],
    });
    expect(seriesResultDtoSchema.parse(result)).toEqual(result);
    expect(result.series[0]?.points).toEqual([
      {
        year: 2019,
        value: (await printedRow('songxian-jyj-2019.txt', '规范性文件'))[0],
        reportId: report('songxian-jyj-2019.txt'),
        flagged: false,
        template: '2019',
      },
      {
        year: 2020,
        value: (await printedRow('songxian-jyj-2020.txt', '规范性文件'))[0],
        reportId: report('songxian-jyj-2020.txt'),
        flagged: false,
        template: '2019',
      },
      {
        year: 2021,
        value: (await printedRow('songxian-jyj-2021.txt', '行政规范性文件'))[0],
        reportId: report('songxian-jyj-2021.txt'),
        // its carried-over total does not match 2020's carry-forward: X1 flags the later report
        flagged: true,
        template: '2021',
      },
    ]);
    expect(result.changedBetweenEditions).toBe(true);
    expect(result.editionBreaks).toEqual([{ year: 2021, from: '2019', to: '2021' }]);
    // songxian-gaj-2020 breaks R1 on purpose: its point is marked questionable.
    const flaggedLine = await getSeriesResult(store, {
      metric: 't3.new.total',
      agency: [agency('songxian-gaj-2020.txt')],
    });
    expect(flaggedLine.series[0]?.points.map((p) => [p.year, p.flagged])).toEqual([[2020, true]]);

    // A metric whose meaning held across editions has no breaks on the same line.
    const steady = await getSeriesResult(store, {
      metric: 't3.new.total',
      agency: [agency('songxian-jyj-2020.txt')],
    });
    expect(steady.changedBetweenEditions).toBe(false);
    expect(steady.editionBreaks).toEqual([]);
    expect(steady.series[0]?.points.map((p) => p.value)).toEqual([
      await printedTotal('songxian-jyj-2019.txt', NEW),
      await printedTotal('songxian-jyj-2020.txt', NEW),
      await printedTotal('songxian-jyj-2021.txt', NEW),
    ]);
  });

  it('sums a region over its agencies with the number of reports behind each point', async () => {
    const inCounty2019: FixtureName[] = ['songxian-jyj-2019.txt', 'songxian-wjw-2019.txt'];
    // songxian-zf-2020 is the county government's summary of its units: counting it as well would
    // double the region's figures, so a region total leaves it out unless kind=government is asked for.
    const inCounty2020: FixtureName[] = [
      'songxian-jyj-2020.txt',
      'songxian-wjw-2020.txt',
      'songxian-gaj-2020.txt',
      'songxian-2020-zfb.txt',
    ];
    const sum = async (files: FixtureName[]) => {
      let total = 0;
      for (const f of files) total += await printedTotal(f, NEW);
      return total;
    };
    const result = await getSeriesResult(store, {
      metric: 't3.new.total',
      agency: [],
      // Regions by GB/T 2260 code, as the parser resolves them from the agencies' names.
      regions: [{ code: '410325' }, { code: '410300' }],
    });
    expect(result.aggregation).toBe('sum');
    const [county, city] = result.regions;
    expect(county).toMatchObject({ regionName: '嵩县', regionCode: '410325' });
    expect(city).toMatchObject({ regionName: '洛阳市', regionCode: '410300' });
    expect(county?.points).toEqual([
      { year: 2019, value: await sum(inCounty2019), reportCount: 2, flaggedCount: 0, template: '2019' },
      { year: 2020, value: await sum(inCounty2020), reportCount: 4, flaggedCount: 1, template: '2019' },
      {
        year: 2021,
        value: await printedTotal('songxian-jyj-2021.txt', NEW),
        reportCount: 1,
        flaggedCount: 1,
        template: '2021',
      },
    ]);
    expect(city?.points[1]).toEqual({
      year: 2020,
      value: (await sum(inCounty2020)) + (await printedTotal('luanchuan-jyj-2020.txt', NEW)),
      reportCount: 5,
      flaggedCount: 1,
      template: '2019',
    });

    const departments = await getSeriesResult(store, {
      metric: 't3.new.total',
      agency: [],
      regions: [{ id: await regionId('嵩县') }],
      kind: 'government',
      from: 2020,
      to: 2020,
    });
    expect(departments.regions[0]?.points).toEqual([
      {
        year: 2020,
        value: await printedTotal('songxian-zf-2020.txt', NEW),
        reportCount: 1,
        flaggedCount: 0,
        template: '2019',
      },
    ]);
    await expect(
      getSeriesResult(store, { metric: 't3.new.total', agency: [], regions: [{ code: '110000' }] }),
    ).rejects.toThrow(UnknownRegionError);
  });

  it('recomputes a ratio from summed parts, counting only reports that print both sides', async () => {
    const region = [{ id: await regionId('嵩县') }];
    const files: FixtureName[] = [
      'songxian-jyj-2020.txt',
      'songxian-wjw-2020.txt',
      'songxian-gaj-2020.txt',
      // not songxian-zf-2020: the county government's summary is left out of region totals (X3)
      'songxian-2020-zfb.txt',
    ];
    // A blank row (the real sample prints its outcome rows empty) adds nothing.
    const total = async (file: FixtureName, label: string) => (await printedRow(file, label)).at(-1) ?? 0;
    let disclosed = 0;
    let handled = 0;
    for (const file of files) {
      disclosed += await total(file, '(一) 予以公开');
      disclosed += await total(file, '(二) 部分公开（区分处理的，只计这一情形，不计其他情形）');
      handled += await total(file, '(七)总计');
    }
    const rate = await getSeriesResult(store, {
      metric: 'd.applications.disclosed_rate',
      agency: [],
      regions: region,
      from: 2020,
      to: 2020,
    });
    expect(rate.aggregation).toBe('ratio');
    expect(rate.regions[0]?.points).toEqual([
      // songxian-gaj-2020 breaks R1 on purpose
      {
        year: 2020,
        value: (disclosed / handled) * 100,
        reportCount: files.length,
        flaggedCount: 1,
        template: '2019',
      },
    ]);

    // Only the real sample states information submitted and adopted, in its prose.
    const prose = (await readFile(fixturePath('songxian-2020-zfb.txt'), 'utf8')).match(
      /上报信息(\d+)条，采用(\d+)条/,
    );
    const [submitted, adopted] = [Number(prose?.[1]), Number(prose?.[2])];
    const adoption = await getSeriesResult(store, {
      metric: 'd.info.adoption_rate',
      agency: [],
      regions: region,
      from: 2020,
      to: 2020,
    });
    expect(adoption.regions[0]?.points).toEqual([
      { year: 2020, value: (adopted / submitted) * 100, reportCount: 1, flaggedCount: 0, template: '2019' },
    ]);
  });

  it('builds the region tree with direct and subtree report counts', async () => {
    const tree = await getRegionTree(store);
    expect(regionTreeDtoSchema.parse(tree)).toEqual(tree);
    expect(tree.unplaced).toEqual({ agencyCount: 0, reportCount: 0 });
    const shape = (nodes: typeof tree.regions): unknown[] =>
      nodes.map((n) => [
        n.name,
        n.level,
        n.agencyCount,
        n.reportCount,
        n.totalReportCount,
        shape(n.children),
      ]);
    expect(shape(tree.regions)).toEqual([
      [
        '河南省',
        'province',
        0,
        0,
        9,
        [
          [
            '洛阳市',
            'city',
            0,
            0,
            9,
            [
              ['栾川县', 'county', 1, 1, 1, []],
              ['嵩县', 'county', 5, 8, 8, []],
            ],
          ],
        ],
      ],
    ]);
    expect(tree.regions[0]?.children[0]?.children.map((c) => c.code)).toEqual(['410324', '410325']);
  });
});
