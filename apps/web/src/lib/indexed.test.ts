import { describe, expect, it } from 'vitest';
import { indexToFirstYear, unindexableLines } from './indexed.ts';
import type { ChartData } from './series-rows.ts';

const data: ChartData = {
  lines: [
    { key: 'a1', agencyId: 1, name: '甲' },
    { key: 'a2', agencyId: 2, name: '乙' },
    { key: 'a3', agencyId: 3, name: '丙' },
  ],
  rows: [
    { year: 2019, a1: null, a2: 0, a3: 40 },
    { year: 2020, a1: 8, a2: 5, a3: 50 },
    { year: 2021, a1: 12, a2: 6, a3: null },
  ],
};

describe('indexToFirstYear', () => {
  it('sets each line to 100 at its first number and scales the rest', () => {
    const indexed = indexToFirstYear(data);
    expect(indexed.rows.map((r) => r.a1)).toEqual([null, 100, 150]);
    expect(indexed.rows.map((r) => r.a3)).toEqual([100, 125, null]);
  });

  it('leaves a line starting at 0 empty and names it', () => {
    expect(indexToFirstYear(data).rows.map((r) => r.a2)).toEqual([null, null, null]);
    expect(unindexableLines(data)).toEqual(['乙']);
  });
});
