import type { SeriesDto } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { buildChartData, flagKey, hasAnyValue, lineKey, regionLineKey, toChartData } from './series-rows.ts';

const dto: SeriesDto = {
  metric: 't2.normative.made',
  series: [
    {
      agencyId: 3,
      agencyName: '嵩县人民政府办公室',
      points: [
        { year: 2019, value: 4, reportId: 10 },
        { year: 2021, value: 9, reportId: 11 },
      ],
    },
    {
      agencyId: 7,
      agencyName: '嵩县教育局',
      points: [
        { year: 2020, value: null, reportId: 20 },
        { year: 2021, value: 2, reportId: 21 },
      ],
    },
  ],
};

describe('toChartData', () => {
  it('makes one row per year from the first to the last point', () => {
    const { rows } = toChartData(dto);
    expect(rows.map((r) => r.year)).toEqual([2019, 2020, 2021]);
  });

  it('keys each agency by a stable field and fills gaps with null', () => {
    const { rows, lines } = toChartData(dto);
    expect(lines).toEqual([
      { key: 'a3', agencyId: 3, name: '嵩县人民政府办公室' },
      { key: 'a7', agencyId: 7, name: '嵩县教育局' },
    ]);
    expect(rows).toEqual([
      { year: 2019, a3: 4, a7: null },
      { year: 2020, a3: null, a7: null },
      { year: 2021, a3: 9, a7: 2 },
    ]);
  });

  it('orders lines as requested, unknown agencies last', () => {
    const { lines } = toChartData(dto, [7]);
    expect(lines.map((l) => l.agencyId)).toEqual([7, 3]);
  });

  it('keeps the first non-null value when a year has two reports', () => {
    const twice: SeriesDto = {
      metric: 'x',
      series: [
        {
          agencyId: 1,
          agencyName: '甲',
          points: [
            { year: 2020, value: null, reportId: 1 },
            { year: 2020, value: 5, reportId: 2 },
            { year: 2020, value: 6, reportId: 3 },
          ],
        },
      ],
    };
    expect(toChartData(twice).rows).toEqual([{ year: 2020, [lineKey(1)]: 5 }]);
  });

  it('returns no rows for an empty series', () => {
    const empty = toChartData({ metric: 'x', series: [{ agencyId: 1, agencyName: '甲', points: [] }] });
    expect(empty.rows).toEqual([]);
    expect(empty.lines).toHaveLength(1);
    expect(hasAnyValue(empty)).toBe(false);
  });
});

describe('hasAnyValue', () => {
  it('is true when some point has a number', () => {
    expect(hasAnyValue(toChartData(dto))).toBe(true);
  });

  it('is false when every point is null', () => {
    const nulls: SeriesDto = {
      metric: 'd.review.correction_rate',
      series: [{ agencyId: 1, agencyName: '甲', points: [{ year: 2020, value: null, reportId: 1 }] }],
    };
    expect(hasAnyValue(toChartData(nulls))).toBe(false);
  });
});

describe('buildChartData', () => {
  it('mixes agency and region lines and records flagged values', () => {
    const data = buildChartData([
      {
        key: regionLineKey('410323'),
        regionCode: '410323',
        name: '嵩县',
        points: [
          { year: 2020, value: 30, flagged: true },
          { year: 2021, value: 41 },
        ],
      },
      {
        key: lineKey(5),
        agencyId: 5,
        name: '嵩县教育局',
        points: [{ year: 2021, value: null, flagged: true }],
      },
    ]);
    expect(data.lines.map((l) => l.key)).toEqual(['r410323', 'a5']);
    expect(data.rows).toEqual([
      { year: 2020, r410323: 30, a5: null },
      { year: 2021, r410323: 41, a5: null },
    ]);
    // A null value draws nothing, so it carries no marker.
    expect([...(data.flagged ?? [])]).toEqual([flagKey('r410323', 2020)]);
  });
});
