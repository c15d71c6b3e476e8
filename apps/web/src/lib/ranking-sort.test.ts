import { describe, expect, it } from 'vitest';
import { barWidth, firstDirection, RANKING_SORT_KEYS, rankMove } from './ranking-sort.ts';

describe('rankMove and bars', () => {
  it('counts places moved since last year', () => {
    expect(rankMove({ rank: 1, previousRank: 3 })).toBe(2);
    expect(rankMove({ rank: 2, previousRank: 1 })).toBe(-1);
    expect(rankMove({ rank: 2, previousRank: null })).toBeNull();
    expect(rankMove({ rank: null, previousRank: 3 })).toBeNull();
  });

  it('draws bars as a share of the scale', () => {
    expect(barWidth(30, 60)).toBe(50);
    expect(barWidth(-60, 60)).toBe(100);
    expect(barWidth(null, 60)).toBe(0);
    expect(barWidth(5, 0)).toBe(0);
  });

  it('sorts names and ranks ascending on the first click, figures largest first', () => {
    expect(RANKING_SORT_KEYS.map(firstDirection)).toEqual(['asc', 'asc', 'desc', 'desc', 'desc', 'desc']);
  });
});
