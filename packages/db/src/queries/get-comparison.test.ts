import { comparisonDtoSchema } from '@nianbao/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../import/import-outcome.ts';
import { openStore, type Store } from '../store.ts';
import {
  FIXTURES,
  type FixtureName,
  importFixtures,
  printedRow,
  printedTotal,
} from '../test-support/analytics-fixtures.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { getComparison } from './get-comparison.ts';
import { UnknownMetricError } from './get-series.ts';

/** Table 3's outcome breakdown: the category rows and the total. */
const OUTCOMES = [
  't3.granted.total',
  't3.partial.total',
  't3.denied.total',
  't3.unable.total',
  't3.not_processed.total',
  't3.other.total',
  't3.total.total',
];
const DENIED = [
  '1.属于国家秘密',
  '2.其他法律行政法规禁止公开',
  '3.危及“三安全一稳定”',
  '4.保护第三方合法权益',
  '5.属于三类内部事务信息',
  '6.属于四类过程性信息',
  '7.属于行政执法案卷',
  '8.属于行政查询事项',
];
const UNABLE = ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'];
const NOT_PROCESSED = [
  '1.信访举报投诉类申请',
  '2.重复申请',
  '3.要求提供公开出版物',
  '4.无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息',
];

/** The outcome breakdown as printed in a 2019-edition fixture, read without the parser. */
async function printedOutcomes(name: FixtureName): Promise<Record<string, number>> {
  const sum = async (labels: string[]) => {
    let total = 0;
    for (const label of labels) total += await printedTotal(name, label);
    return total;
  };
  return {
    't3.granted.total': await printedTotal(name, '(一) 予以公开'),
    't3.partial.total': await printedTotal(name, '(二) 部分公开（区分处理的，只计这一情形，不计其他情形）'),
    't3.denied.total': await sum(DENIED),
    't3.unable.total': await sum(UNABLE),
    't3.not_processed.total': await sum(NOT_PROCESSED),
    't3.other.total': await printedTotal(name, '(六)其他处理'),
    't3.total.total': await printedTotal(name, '(七)总计'),
  };
}

describe.each(testStoreTargets())('getComparison on $name', (target) => {
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

  it('puts the outcome breakdown of table 3 of every agency side by side', async () => {
    const comparison = await getComparison(store, {
      metrics: OUTCOMES,
      year: 2020,
      region: { id: await regionId('嵩县') },
      groupBy: 'agency',
    });
    expect(comparisonDtoSchema.parse(comparison)).toEqual(comparison);
    if (comparison.groupBy !== 'agency') throw new Error('grouped by agency');
    const files = FIXTURES.filter((f) => f.startsWith('songxian-') && f.endsWith('2020.txt'));
    expect(comparison.rows).toHaveLength(files.length + 1);
    for (const file of files) {
      const row = comparison.rows.find((r) => r.reportId === outcomes.get(file)?.reportId);
      expect(row?.values, file).toEqual(await printedOutcomes(file));
      expect(row?.flagged).toBe(file === 'songxian-gaj-2020.txt');
    }
    // The real sample prints blank outcome rows: the blank granted row is null, summed rows are 0.
    const sample = comparison.rows.find(
      (r) => r.reportId === outcomes.get('songxian-2020-zfb.txt')?.reportId,
    );
    expect(sample?.values).toMatchObject({
      't3.granted.total': null,
      't3.denied.total': 0,
      't3.total.total': 0,
    });
  });

  it('sums child regions over their subtrees and recomputes ratios from the sums', async () => {
    const comparison = await getComparison(store, {
      metrics: ['t3.new.total', 'd.applications.disclosed_rate', 'narrative.info_adoption_rate'],
      year: 2020,
      region: { id: await regionId('洛阳市') },
      kind: 'department',
      groupBy: 'region',
    });
    if (comparison.groupBy !== 'region') throw new Error('grouped by region');
    expect(comparison.parent?.name).toBe('洛阳市');
    expect(comparison.aggregation).toEqual({
      't3.new.total': 'sum',
      'd.applications.disclosed_rate': 'ratio',
      'narrative.info_adoption_rate': 'none',
    });
    const departments: FixtureName[] = [
      'songxian-jyj-2020.txt',
      'songxian-wjw-2020.txt',
      'songxian-gaj-2020.txt',
    ];
    let newSum = 0;
    let disclosed = 0;
    let handled = 0;
    for (const file of departments) {
      newSum += await printedTotal(file, '一、本年新收政府信息公开申请数量');
      const printed = await printedOutcomes(file);
      disclosed += (printed['t3.granted.total'] ?? 0) + (printed['t3.partial.total'] ?? 0);
      handled += printed['t3.total.total'] ?? 0;
    }
    // Coded regions sort by code: 栾川县 410324 before 嵩县 410325.
    expect(comparison.rows.map((r) => [r.regionName, r.scope, r.reportCount, r.flaggedCount])).toEqual([
      ['栾川县', 'subtree', 1, 0],
      ['嵩县', 'subtree', 3, 1],
    ]);
    const [luanchuan, songxian] = comparison.rows;
    expect(songxian?.values).toEqual({
      't3.new.total': newSum,
      'd.applications.disclosed_rate': (disclosed / handled) * 100,
      'narrative.info_adoption_rate': null,
    });
    expect(songxian?.counts['t3.new.total']).toBe(3);
    expect(luanchuan?.values['t3.new.total']).toBe(
      (await printedRow('luanchuan-jyj-2020.txt', '一、本年新收政府信息公开申请数量')).at(-1),
    );
  });

  it('lists the top of the tree without a region and rejects unknown metrics', async () => {
    const top = await getComparison(store, { metrics: ['t3.new.total'], year: 2021, groupBy: 'region' });
    if (top.groupBy !== 'region') throw new Error('grouped by region');
    expect(top.parent).toBeNull();
    expect(top.rows.map((r) => [r.regionName, r.reportCount, r.values['t3.new.total']])).toEqual([
      ['河南省', 1, await printedTotal('songxian-jyj-2021.txt', '一、本年新收政府信息公开申请数量')],
    ]);
    await expect(
      getComparison(store, { metrics: ['t3.new.total', 'x.y'], year: 2020, groupBy: 'agency' }),
    ).rejects.toThrow(UnknownMetricError);
  });
});
