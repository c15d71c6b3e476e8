import { describe, expect, it } from 'vitest';
import { overviewSummary } from './summary-overview.ts';

const line = (...values: [number, number | null][]) => values.map(([year, value]) => ({ year, value }));

describe('overviewSummary', () => {
  it('reads like a report: applications with their change, then the two rates', () => {
    // 312 against 264 is +18.18…%.
    const text = overviewSummary('洛阳市', 2024, {
      received: line([2023, 264], [2024, 312]),
      disclosedRate: line([2024, 61.25]),
      correctionRate: line([2024, 12.5]),
    });
    expect(text).toBe(
      '2024年洛阳市共收到政府信息公开申请312件，同比增长18.2%；申请公开率为61.3%，行政复议纠错率为12.5%。',
    );
  });

  it('says 无法计算 for a rate without a denominator, never 0, and leaves out an unknown change', () => {
    const text = overviewSummary('嵩县', 2020, {
      received: line([2020, 9]),
      disclosedRate: line([2020, null]),
      correctionRate: [],
    });
    expect(text).toBe('2020年嵩县共收到政府信息公开申请9件；申请公开率无法计算，行政复议纠错率无法计算。');
  });
});
