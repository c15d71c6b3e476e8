import { readFile } from 'node:fs/promises';
import type { ComparisonDto } from '@nianbao/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AnalyticsWorld,
  analyticsWorld,
  type FixtureName,
  fixturePath,
  printedRow,
  printedTotal,
  testStoreTargets,
} from '../test-fixtures/analytics-store.ts';

const OUTCOMES = [
  't3.granted.total',
  't3.partial.total',
  't3.denied.total',
  't3.unable.total',
  't3.not_processed.total',
  't3.other.total',
  't3.total.total',
];

/** Table 3 of a 2019-edition fixture as printed: category rows summed by hand from the file. */
async function printedOutcomes(name: FixtureName) {
  const lines = (await readFile(fixturePath(name), 'utf8')).split('\n');
  // Category rows: the lines from a category heading up to the next one, by their 总计 column.
  const block = (from: string, to: string) => {
    const start = lines.findIndex((l) => l.startsWith(from));
    const end = lines.findIndex((l, i) => i > start && l.startsWith(to));
    return lines
      .slice(start, end)
      .map((l) => Number(l.split('\t').at(-1)))
      .reduce((a, b) => a + b, 0);
  };
  return {
    't3.granted.total': await printedTotal(name, '(一) 予以公开'),
    't3.partial.total': await printedTotal(name, '(二) 部分公开（区分处理的，只计这一情形，不计其他情形）'),
    't3.denied.total': block('(三) 不予公开', '(四) 无法提供'),
    't3.unable.total': block('(四) 无法提供', '(五) 不予处理'),
    't3.not_processed.total': block('(五) 不予处理', '\t(六)其他处理'),
    't3.other.total': await printedTotal(name, '(六)其他处理'),
    't3.total.total': await printedTotal(name, '(七)总计'),
  };
}

describe.each(testStoreTargets())('GET /api/compare on $name', (target) => {
  let world: AnalyticsWorld;
  beforeAll(async () => {
    world = await analyticsWorld(target);
  });
  afterAll(() => world.close());

  it('returns the outcome breakdown of table 3 per agency as the files print it', async () => {
    const regionId = await world.regionId('嵩县');
    const comparison = await world.get<ComparisonDto>(
      `/api/compare?metrics=${OUTCOMES.join(',')}&year=2020&regionId=${regionId}&kind=department`,
    );
    if (comparison.groupBy !== 'agency') throw new Error('expected agency rows');
    expect(comparison.metrics).toEqual(OUTCOMES);
    const files: FixtureName[] = ['songxian-gaj-2020.txt', 'songxian-jyj-2020.txt', 'songxian-wjw-2020.txt'];
    expect(comparison.rows.map((r) => r.reportId).sort()).toEqual(files.map((f) => world.reportOf(f)).sort());
    for (const file of files) {
      const row = comparison.rows.find((r) => r.reportId === world.reportOf(file));
      expect(row?.values, file).toEqual(await printedOutcomes(file));
      expect(row?.flagged, file).toBe(file === 'songxian-gaj-2020.txt');
    }
  });

  it('compares the counties of a city, each summed over its agencies', async () => {
    const cityId = await world.regionId('洛阳市');
    const comparison = await world.get<ComparisonDto>(
      `/api/compare?metrics=t3.new.total,t2.normative.made&year=2020&regionId=${cityId}&groupBy=region`,
    );
    if (comparison.groupBy !== 'region') throw new Error('expected region rows');
    const songxian: FixtureName[] = [
      'songxian-jyj-2020.txt',
      'songxian-wjw-2020.txt',
      'songxian-gaj-2020.txt',
      // not songxian-zf-2020: the county government's summary is left out of region totals (X3)
      'songxian-2020-zfb.txt',
    ];
    let newTotal = 0;
    let made = 0;
    for (const file of songxian) {
      newTotal += await printedTotal(file, '一、本年新收政府信息公开申请数量');
      made += (await printedRow(file, '规范性文件'))[0] ?? 0;
    }
    const row = comparison.rows.find((r) => r.regionName === '嵩县');
    expect(row).toMatchObject({
      scope: 'subtree',
      reportCount: songxian.length,
      flaggedCount: 1,
      values: { 't3.new.total': newTotal, 't2.normative.made': made },
      counts: { 't3.new.total': songxian.length, 't2.normative.made': songxian.length },
    });
    expect(comparison.rows.map((r) => r.regionName).sort()).toEqual(['嵩县', '栾川县'].sort());
  });

  it('rejects an empty metric list, an unknown metric and a bad groupBy', async () => {
    for (const [url, code] of [
      ['/api/compare?metrics=&year=2020', 'invalid_request'],
      ['/api/compare?metrics=t3.new.total,t3.nope&year=2020', 'unknown_metric'],
      ['/api/compare?metrics=t3.new.total&year=2020&groupBy=city', 'invalid_request'],
    ] as const) {
      expect((await world.get<{ error: { code: string } }>(url, 400)).error.code, url).toBe(code);
    }
  });
});
