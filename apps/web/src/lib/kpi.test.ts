import { describe, expect, it } from 'vitest';
import { deltaDirection, formatDelta, kpiFigure, latestYear } from './kpi.ts';

const received = [
  { year: 2019, value: 8 },
  { year: 2020, value: 10 },
  { year: 2022, value: 12 },
  { year: 2023, value: 9 },
];

describe('kpiFigure', () => {
  it('reads the year, last year and the change', () => {
    const figure = kpiFigure(received, 2020, '件');
    expect(figure).toMatchObject({ value: 10, previous: 8, delta: 2, deltaPercent: 25 });
    expect(formatDelta(figure, '件')).toBe('+2 件（+25%）');
  });

  it('has no change when last year is missing, and a spark line with the gap', () => {
    const figure = kpiFigure(received, 2022, '件');
    expect(figure).toMatchObject({ value: 12, previous: null, delta: null });
    expect(formatDelta(figure, '件')).toBe('—');
    expect(figure.spark).toEqual([
      { year: 2019, value: 8 },
      { year: 2020, value: 10 },
      { year: 2021, value: null },
      { year: 2022, value: 12 },
    ]);
  });

  it('reports rate changes in percentage points without a relative change', () => {
    const rate = [
      { year: 2021, value: 80 },
      { year: 2022, value: 62.5 },
    ];
    const figure = kpiFigure(rate, 2022, '%');
    expect(figure.deltaPercent).toBeNull();
    expect(formatDelta(figure, '%')).toBe('-17.5 个百分点');
  });

  it('has no relative change from zero and no value for a null ratio', () => {
    expect(
      kpiFigure(
        [
          { year: 2020, value: 0 },
          { year: 2021, value: 4 },
        ],
        2021,
        '件',
      ).deltaPercent,
    ).toBeNull();
    expect(
      formatDelta(
        kpiFigure(
          [
            { year: 2020, value: 0 },
            { year: 2021, value: 4 },
          ],
          2021,
          '件',
        ),
        '件',
      ),
    ).toBe('+4 件');
    const none = kpiFigure([{ year: 2021, value: null }], 2021, '%');
    expect(none.value).toBeNull();
    expect(none.spark).toEqual([{ year: 2021, value: null }]);
  });

  it('has an empty spark line before the first point', () => {
    expect(kpiFigure(received, 2010, '件').spark).toEqual([]);
  });
});

describe('latestYear and deltaDirection', () => {
  it('finds the latest year with a number', () => {
    expect(latestYear([received, [{ year: 2024, value: null }]])).toBe(2023);
    expect(latestYear([[{ year: 2024, value: null }]])).toBeUndefined();
  });

  it('names the direction', () => {
    expect([deltaDirection(3), deltaDirection(-1), deltaDirection(0), deltaDirection(null)]).toEqual([
      'up',
      'down',
      'flat',
      'none',
    ]);
  });
});
