import { describe, expect, it } from 'vitest';
import { agencyDto, metricDef } from '../test-fixtures.ts';
import {
  defaultAgency,
  defaultMetric,
  MAX_TREND_AGENCIES,
  parseTrendParams,
  type TrendState,
  toTrendParams,
  withDefaults,
} from './trend-params.ts';

describe('parseTrendParams', () => {
  it('reads metric, repeated agencies and the year range', () => {
    const state = parseTrendParams(
      new URLSearchParams('metric=t3.new.total&agency=4&agency=9&from=2019&to=2023'),
    );
    expect(state).toEqual({ metric: 't3.new.total', agencies: [4, 9], from: 2019, to: 2023 });
  });

  it('drops malformed, duplicate and out-of-range values', () => {
    const state = parseTrendParams(
      new URLSearchParams('metric=&agency=x&agency=0&agency=5&agency=5&from=99&to=3000'),
    );
    expect(state).toEqual({ metric: undefined, agencies: [5], from: undefined, to: undefined });
  });

  it('tells an unstated agency list from an explicitly empty one', () => {
    expect(parseTrendParams(new URLSearchParams('metric=x')).agencies).toBeUndefined();
    expect(parseTrendParams(new URLSearchParams('metric=x&agency=')).agencies).toEqual([]);
  });

  it('swaps a reversed year range', () => {
    const state = parseTrendParams(new URLSearchParams('from=2023&to=2019'));
    expect([state.from, state.to]).toEqual([2019, 2023]);
  });

  it('keeps at most the maximum number of agencies', () => {
    const params = new URLSearchParams();
    for (let id = 1; id <= MAX_TREND_AGENCIES + 3; id++) params.append('agency', String(id));
    expect(parseTrendParams(params).agencies).toHaveLength(MAX_TREND_AGENCIES);
  });
});

describe('toTrendParams', () => {
  it('round-trips through parseTrendParams', () => {
    const state: TrendState = { metric: 'd.review.cases', agencies: [2, 1], from: undefined, to: 2022 };
    const text = toTrendParams(state).toString();
    expect(text).toBe('metric=d.review.cases&agency=2&agency=1&to=2022');
    expect(parseTrendParams(new URLSearchParams(text))).toEqual(state);
  });

  it('writes an emptied agency list so that it stays empty', () => {
    const state: TrendState = { metric: 't3.new.total', agencies: [], from: undefined, to: undefined };
    const text = toTrendParams(state).toString();
    expect(text).toBe('metric=t3.new.total&agency=');
    expect(parseTrendParams(new URLSearchParams(text))).toEqual(state);
  });
});

describe('defaults', () => {
  const metrics = [
    metricDef({ code: 't2.regulations.made' }),
    metricDef({ code: 't2.normative.made' }),
    metricDef({ code: 'd.normative.issued', table: 'derived' }),
  ];
  const agencies = [
    agencyDto({ id: 8, name: '无报告机构', reportCount: 0 }),
    agencyDto({ id: 3, name: '嵩县人民政府办公室' }),
  ];

  it('prefers a metric every edition carries', () => {
    expect(defaultMetric(metrics)).toBe('d.normative.issued');
    expect(defaultMetric(metrics.slice(0, 2))).toBe('t2.normative.made');
    expect(defaultMetric([metricDef({ code: 't4.review.total' })])).toBe('t4.review.total');
    expect(defaultMetric([])).toBeUndefined();
  });

  it('prefers the first agency with reports', () => {
    expect(defaultAgency(agencies)).toBe(3);
    expect(defaultAgency([agencyDto({ id: 8, name: '甲', reportCount: 0 })])).toBe(8);
    expect(defaultAgency([])).toBeUndefined();
  });

  it('fills what the link left unstated', () => {
    const bare = parseTrendParams(new URLSearchParams('from=2019'));
    expect(withDefaults(bare, metrics, agencies)).toEqual({
      metric: 'd.normative.issued',
      agencies: [3],
      from: 2019,
      to: undefined,
    });
    const metricOnly = parseTrendParams(new URLSearchParams('metric=t2.regulations.made'));
    expect(withDefaults(metricOnly, metrics, agencies).agencies).toEqual([3]);
  });

  it('keeps explicit choices, including an emptied agency list', () => {
    const chosen = parseTrendParams(new URLSearchParams('metric=t2.regulations.made&agency=8'));
    expect(withDefaults(chosen, metrics, agencies)).toEqual({ ...chosen, agencies: [8] });
    const cleared = parseTrendParams(new URLSearchParams('metric=t2.regulations.made&agency='));
    expect(withDefaults(cleared, metrics, agencies).agencies).toEqual([]);
  });

  it('has nothing to fill in from an empty store', () => {
    expect(withDefaults(parseTrendParams(new URLSearchParams()), [], [])).toEqual({
      metric: undefined,
      agencies: [],
      from: undefined,
      to: undefined,
    });
  });
});
