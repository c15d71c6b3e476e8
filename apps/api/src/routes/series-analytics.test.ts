import type { SeriesResultDto } from '@nianbao/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AnalyticsWorld,
  analyticsWorld,
  type FixtureName,
  printedRow,
  printedTotal,
  testStoreTargets,
} from '../test-fixtures/analytics-store.ts';

const NEW = '一、本年新收政府信息公开申请数量';

describe.each(testStoreTargets())('GET /api/series with regions and editions on $name', (target) => {
  let world: AnalyticsWorld;
  beforeAll(async () => {
    world = await analyticsWorld(target);
  });
  afterAll(() => world.close());

  it('returns an agency line equal to the values in its source files, with edition breaks', async () => {
    const id = world.agencyOf('songxian-jyj-2021.txt');
    const result = await world.get<SeriesResultDto>(`/api/series?metric=t2.normative.made&agency=${id}`);
    expect(result.series[0]?.points).toEqual([
      {
        year: 2019,
        value: (await printedRow('songxian-jyj-2019.txt', '规范性文件'))[0],
        reportId: world.reportOf('songxian-jyj-2019.txt'),
        flagged: false,
        template: '2019',
      },
      {
        year: 2020,
        value: (await printedRow('songxian-jyj-2020.txt', '规范性文件'))[0],
        reportId: world.reportOf('songxian-jyj-2020.txt'),
        flagged: false,
        template: '2019',
      },
      {
        year: 2021,
        value: (await printedRow('songxian-jyj-2021.txt', '行政规范性文件'))[0],
        reportId: world.reportOf('songxian-jyj-2021.txt'),
        // X1: its carried-over total does not follow 2020's carry-forward
        flagged: true,
        template: '2021',
      },
    ]);
    expect(result.changedBetweenEditions).toBe(true);
    expect(result.editionBreaks).toEqual([{ year: 2021, from: '2019', to: '2021' }]);
    expect(result.regions).toEqual([]);
  });

  it('sums a region per year over its agencies with the count of reports behind each point', async () => {
    const county = await world.regionId('嵩县');
    const luanchuan = await world.regionId('栾川县');
    const result = await world.get<SeriesResultDto>(
      `/api/series?metric=t3.new.total&regionId=${county}&regionId=${luanchuan}&from=2019&to=2020`,
    );
    const sum = async (files: FixtureName[]) => {
      let total = 0;
      for (const f of files) total += await printedTotal(f, NEW);
      return total;
    };
    const y2020: FixtureName[] = [
      'songxian-jyj-2020.txt',
      'songxian-wjw-2020.txt',
      'songxian-gaj-2020.txt',
      // not songxian-zf-2020: the county government's summary is left out of region totals (X3)
      'songxian-2020-zfb.txt',
    ];
    expect(result.aggregation).toBe('sum');
    expect(
      result.regions.map((r) => [r.regionName, r.points.map((p) => [p.year, p.value, p.reportCount])]),
    ).toEqual([
      [
        '嵩县',
        [
          [2019, await sum(['songxian-jyj-2019.txt', 'songxian-wjw-2019.txt']), 2],
          [2020, await sum(y2020), y2020.length],
        ],
      ],
      ['栾川县', [[2020, await printedTotal('luanchuan-jyj-2020.txt', NEW), 1]]],
    ]);
    const departments = await world.get<SeriesResultDto>(
      `/api/series?metric=t3.new.total&regionId=${county}&kind=department&from=2020&to=2020`,
    );
    expect(departments.regions[0]?.points).toEqual([
      {
        year: 2020,
        value: await sum(['songxian-jyj-2020.txt', 'songxian-wjw-2020.txt', 'songxian-gaj-2020.txt']),
        reportCount: 3,
        // songxian-gaj-2020 breaks R1 on purpose
        flaggedCount: 1,
        template: '2019',
      },
    ]);
  });

  it('rejects unknown regions and reversed ranges', async () => {
    const unknown = await world.get<{ error: { code: string } }>(
      '/api/series?metric=t3.new.total&region=110000',
      404,
    );
    expect(unknown.error.code).toBe('region_not_found');
    const reversed = await world.get<{ error: { code: string } }>(
      '/api/series?metric=t3.new.total&regionId=1&from=2021&to=2019',
      400,
    );
    expect(reversed.error.code).toBe('invalid_range');
  });
});
