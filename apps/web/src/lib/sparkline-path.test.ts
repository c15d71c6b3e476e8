import { describe, expect, it } from 'vitest';
import { sparklineShape } from './sparkline-path.ts';

describe('sparklineShape', () => {
  it('spreads years over the width and puts the largest value on top', () => {
    const shape = sparklineShape(
      [
        { year: 2019, value: 0 },
        { year: 2020, value: 10 },
        { year: 2021, value: 5 },
      ],
      106,
      26,
    );
    expect(shape.points.map((p) => [p.x, p.y])).toEqual([
      [3, 23],
      [53, 3],
      [103, 13],
    ]);
    expect(shape.path).toBe('M3 23L53 3L103 13');
  });

  it('breaks the line at a missing year', () => {
    const shape = sparklineShape(
      [
        { year: 2019, value: 1 },
        { year: 2020, value: null },
        { year: 2021, value: 2 },
        { year: 2022, value: 3 },
      ],
      100,
      20,
    );
    expect(shape.path.match(/M/g)).toHaveLength(2);
    expect(shape.points.map((p) => p.year)).toEqual([2019, 2021, 2022]);
  });

  it('draws a flat or single-point series in the middle and nothing for no numbers', () => {
    expect(sparklineShape([{ year: 2020, value: 4 }], 100, 20).points).toEqual([
      { x: 50, y: 10, year: 2020, value: 4 },
    ]);
    expect(sparklineShape([{ year: 2020, value: null }], 100, 20)).toEqual({ path: '', points: [] });
  });
});
