import { describe, expect, it } from 'vitest';
import { barScale, barWidth, type RankingRow, rankMove, sortRankingRows } from './ranking-sort.ts';

function row(overrides: Partial<RankingRow> & { rank: number; agencyName: string }): RankingRow {
  return {
    agencyId: overrides.rank * 10,
    value: null,
    previousValue: null,
    previousRank: null,
    change: null,
    flagged: false,
    ...overrides,
  };
}

const rows = [
  row({ rank: 1, agencyName: '乙局', value: 30, previousValue: 20, previousRank: 3, change: 10 }),
  row({ rank: 2, agencyName: '甲局', value: 25, previousValue: 30, previousRank: 1, change: -5 }),
  row({ rank: 2, agencyName: '丙局', value: 25, previousValue: null, previousRank: null, change: null }),
  row({ rank: 4, agencyName: '丁局', value: null }),
];

describe('sortRankingRows', () => {
  it('sorts by value both ways with missing values last, ties in rank then name order', () => {
    expect(sortRankingRows(rows, 'value', 'desc').map((r) => r.agencyName)).toEqual([
      '乙局',
      '丙局',
      '甲局',
      '丁局',
    ]);
    expect(sortRankingRows(rows, 'value', 'asc').map((r) => r.agencyName)).toEqual([
      '丙局',
      '甲局',
      '乙局',
      '丁局',
    ]);
  });

  it('sorts by change and by rank move', () => {
    expect(sortRankingRows(rows, 'change', 'asc').map((r) => r.agencyName)).toEqual([
      '甲局',
      '乙局',
      '丙局',
      '丁局',
    ]);
    expect(sortRankingRows(rows, 'move', 'desc').map((r) => r.agencyName)).toEqual([
      '乙局',
      '甲局',
      '丙局',
      '丁局',
    ]);
  });

  it('sorts names in Chinese collation order', () => {
    const names = sortRankingRows(rows, 'name', 'asc').map((r) => r.agencyName);
    expect(names).toEqual([...names].sort(new Intl.Collator('zh-CN').compare));
    expect(sortRankingRows(rows, 'name', 'desc').map((r) => r.agencyName)).toEqual([...names].reverse());
  });

  it('keeps unranked rows last when sorting by rank either way', () => {
    const unranked = [
      ...rows,
      row({ rank: 5, agencyName: '戊局' }),
      { ...row({ rank: 1, agencyName: '己局' }), rank: null },
    ];
    expect(sortRankingRows(unranked, 'rank', 'asc').at(-1)?.agencyName).toBe('己局');
    expect(sortRankingRows(unranked, 'rank', 'desc').at(-1)?.agencyName).toBe('己局');
    expect(rankMove({ rank: null, previousRank: 3 })).toBeNull();
  });

  it('does not change the input', () => {
    const copy = [...rows];
    sortRankingRows(rows, 'rank', 'desc');
    expect(rows).toEqual(copy);
  });
});

describe('rankMove and bars', () => {
  it('counts places moved since last year', () => {
    expect(rankMove({ rank: 1, previousRank: 3 })).toBe(2);
    expect(rankMove({ rank: 2, previousRank: 1 })).toBe(-1);
    expect(rankMove({ rank: 2, previousRank: null })).toBeNull();
  });

  it('scales bars to the largest absolute value', () => {
    const scale = barScale([{ value: 30 }, { value: -60 }, { value: null }]);
    expect(scale).toBe(60);
    expect(barWidth(30, scale)).toBe(50);
    expect(barWidth(null, scale)).toBe(0);
    expect(barWidth(5, 0)).toBe(0);
  });
});
