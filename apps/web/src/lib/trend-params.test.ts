import { describe, expect, it } from 'vitest';
import { metricDef } from '../test-fixtures.ts';
import { withParams } from './filter-params.ts';
import {
  defaultMetric,
  MAX_TREND_LINES,
  parseAreaToken,
  parseTrendParams,
  type TrendState,
  trendParamValues,
  withDefaults,
} from './trend-params.ts';

const SONGXIAN = { region: '410325', regionId: undefined };

describe('parseTrendParams', () => {
  it('reads metric, agencies, regions, mode and the year range', () => {
    const state = parseTrendParams(
      new URLSearchParams(
        'metric=t3.new.total&agency=4&agency=9&area=410325&area=id7&mode=indexed&from=2019&to=2023',
      ),
    );
    expect(state).toEqual({
      metric: 't3.new.total',
      agencies: [4, 9],
      areas: [SONGXIAN, { region: undefined, regionId: 7 }],
      mode: 'indexed',
      from: 2019,
      to: 2023,
    });
  });

  it('drops malformed, duplicate and out-of-range values', () => {
    const state = parseTrendParams(
      new URLSearchParams(
        'metric=&agency=x&agency=0&agency=5&agency=5&area=41&area=idx&mode=log&from=99&to=3000',
      ),
    );
    expect(state).toEqual({
      metric: undefined,
      agencies: [5],
      areas: [],
      mode: 'absolute',
      from: undefined,
      to: undefined,
    });
  });

  it('tells unstated lines from explicitly empty ones', () => {
    expect(parseTrendParams(new URLSearchParams('metric=x')).agencies).toBeUndefined();
    expect(parseTrendParams(new URLSearchParams('metric=x')).areas).toBeUndefined();
    expect(parseTrendParams(new URLSearchParams('metric=x&agency=&area=')).agencies).toEqual([]);
  });

  it('swaps a reversed year range', () => {
    const state = parseTrendParams(new URLSearchParams('from=2023&to=2019'));
    expect([state.from, state.to]).toEqual([2019, 2023]);
  });

  it('keeps at most ten lines, regions first', () => {
    const params = new URLSearchParams('area=410325&area=410324');
    for (let id = 1; id <= MAX_TREND_LINES; id++) params.append('agency', String(id));
    const state = parseTrendParams(params);
    expect(state.areas).toHaveLength(2);
    expect(state.agencies).toHaveLength(MAX_TREND_LINES - 2);
  });
});

describe('trendParamValues', () => {
  it('round-trips through parseTrendParams', () => {
    const state: TrendState = {
      metric: 'd.review.cases',
      agencies: [2, 1],
      areas: [SONGXIAN],
      mode: 'indexed',
      from: undefined,
      to: 2022,
    };
    const params = withParams(new URLSearchParams('region=410300'), trendParamValues(state));
    expect(params.toString()).toBe(
      'region=410300&metric=d.review.cases&area=410325&agency=2&agency=1&mode=indexed&to=2022',
    );
    expect(parseTrendParams(params)).toEqual(state);
  });

  it('writes emptied line lists so that they stay empty', () => {
    const state: TrendState = {
      metric: 'x',
      agencies: [],
      areas: [],
      mode: 'absolute',
      from: undefined,
      to: undefined,
    };
    const params = withParams(new URLSearchParams(), trendParamValues(state));
    expect(params.toString()).toBe('metric=x&area=&agency=');
    expect(parseTrendParams(params)).toEqual(state);
  });
});

describe('defaults', () => {
  const metrics = [
    metricDef({ code: 't2.regulations.made' }),
    metricDef({ code: 'd.normative.issued', table: 'derived' }),
  ];

  it('prefers a metric every edition carries', () => {
    expect(defaultMetric(metrics)).toBe('d.normative.issued');
    expect(defaultMetric([metricDef({ code: 't4.review.total' })])).toBe('t4.review.total');
    expect(defaultMetric([])).toBeUndefined();
  });

  it("draws the page's region when the link names no line", () => {
    expect(withDefaults(parseTrendParams(new URLSearchParams('from=2019')), metrics, SONGXIAN)).toEqual({
      metric: 'd.normative.issued',
      agencies: [],
      areas: [SONGXIAN],
      mode: 'absolute',
      from: 2019,
      to: undefined,
    });
  });

  it('keeps explicit choices, including no line at all', () => {
    expect(withDefaults(parseTrendParams(new URLSearchParams('agency=8')), metrics, SONGXIAN).areas).toEqual(
      [],
    );
    expect(
      withDefaults(parseTrendParams(new URLSearchParams('agency=&area=')), metrics, SONGXIAN),
    ).toMatchObject({
      agencies: [],
      areas: [],
    });
    expect(withDefaults(parseTrendParams(new URLSearchParams()), [], undefined)).toMatchObject({
      metric: undefined,
      areas: [],
    });
  });

  it('reads region tokens', () => {
    expect(parseAreaToken('410325100')).toEqual({ region: '410325100', regionId: undefined });
    expect(parseAreaToken('id12')).toEqual({ region: undefined, regionId: 12 });
    expect(parseAreaToken('嵩县')).toBeUndefined();
  });
});
