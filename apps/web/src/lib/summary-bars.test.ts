import { describe, expect, it } from 'vitest';
import { barsSummary } from './summary-bars.ts';

const context = {
  year: 2024,
  scope: '洛阳市各下级地区',
  metricLabel: '申请收到数',
  unit: '件',
  additive: true,
};

describe('barsSummary', () => {
  it('names the highest and lowest bar and adds up counts', () => {
    const bars = [
      { name: '嵩县', value: 120 },
      { name: '⚠ 栾川县', value: 80, flagged: true },
      { name: '汝阳县', value: 12 },
    ];
    const total = bars.reduce((sum, b) => sum + b.value, 0);
    expect(barsSummary(bars, context)).toEqual([
      '2024年度洛阳市各下级地区中，申请收到数最高的是嵩县（120件），最低的是汝阳县（12件）。',
      `图中3个单位合计${total}件，1个的报告存在错误核对结果（⚠）。`,
    ]);
  });

  it('does not add up ratios and counts the bars that cannot be computed', () => {
    const bars = [
      { name: '教育局', value: 50 },
      { name: '公安局', value: null },
    ];
    expect(
      barsSummary(bars, {
        ...context,
        scope: '嵩县各机构',
        metricLabel: '纠错率',
        unit: '%',
        additive: false,
      }),
    ).toEqual(['2024年度嵩县各机构中，纠错率最高的是教育局（50.0%）。', '图中共2个单位，其中1个无法计算。']);
  });

  it('says 无法计算 when no bar has a ratio', () => {
    expect(
      barsSummary([{ name: '教育局', value: null }], {
        ...context,
        unit: '%',
        metricLabel: '纠错率',
        additive: false,
      }),
    ).toEqual(['2024年度洛阳市各下级地区的纠错率均无法计算。']);
  });
});
