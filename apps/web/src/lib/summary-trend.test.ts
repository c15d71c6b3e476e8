import { describe, expect, it } from 'vitest';
import { buildChartData } from './series-rows.ts';
import { trendSummary } from './summary-trend.ts';

const line = (key: string, name: string, values: [number, number | null][]) => ({
  key,
  name,
  points: values.map(([year, value]) => ({ year, value })),
});

describe('trendSummary', () => {
  it("states one line's latest figure, its change and the range over the years", () => {
    const data = buildChartData([
      line('r410300', '洛阳市', [
        [2021, 250],
        [2022, 400],
        [2023, 264],
        [2024, 312],
      ]),
    ]);
    expect(trendSummary(data, { metricLabel: '政府信息公开申请收到数', unit: '件' })).toEqual([
      '2024年洛阳市政府信息公开申请收到数为312件，同比增长18.2%。',
      '2021—2024年间，最高为2022年的400件，最低为2021年的250件。',
    ]);
  });

  it('calls a null ratio 无法计算 and gives no change against it', () => {
    const data = buildChartData([
      line('r1', '嵩县', [
        [2023, 10],
        [2024, null],
      ]),
    ]);
    // 2024 has no value anywhere, so the latest year with a figure is 2023.
    expect(trendSummary(data, { metricLabel: '行政复议纠错率', unit: '%' })).toEqual([
      '2023年嵩县行政复议纠错率为10.0%。',
    ]);
    const two = buildChartData([line('r1', '嵩县', [[2024, null]]), line('r2', '栾川县', [[2024, 25]])]);
    expect(trendSummary(two, { metricLabel: '行政复议纠错率', unit: '%' })).toEqual([
      '2024年所选2个地区和机构中，行政复议纠错率最高的是栾川县（25.0%）。',
      '另有1个当年无法计算（分母为零或缺失）。',
    ]);
  });

  it('names the highest and lowest of several lines in the latest year', () => {
    const data = buildChartData([
      line('a1', '教育局', [[2024, 12]]),
      line('a2', '公安局', [[2024, 30]]),
      line('a3', '卫健委', [[2024, 7]]),
    ]);
    expect(trendSummary(data, { metricLabel: '申请收到数', unit: '件' })).toEqual([
      '2024年所选3个地区和机构中，申请收到数最高的是公安局（30件），最低的是卫健委（7件）。',
    ]);
  });

  it('says so when nothing was drawn', () => {
    expect(trendSummary(buildChartData([]), { metricLabel: '申请收到数', unit: '件' })).toEqual([
      '所选范围内申请收到数没有数据。',
    ]);
  });
});

describe('trendSummary of several measures of one place', () => {
  it("states each measure's latest figure, 无法计算 for a missing ratio", () => {
    const data = buildChartData([
      line('review', '行政复议纠错率', [[2024, 12.5]]),
      line('suit', '行政诉讼纠错率', [[2024, null]]),
    ]);
    expect(trendSummary(data, { metricLabel: '纠错率', unit: '%', measuresOf: '洛阳市' })).toEqual([
      '2024年洛阳市行政复议纠错率为12.5%，行政诉讼纠错率无法计算。',
    ]);
  });
});
