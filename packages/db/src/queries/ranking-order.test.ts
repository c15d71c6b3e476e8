import { type RankingRowDto, rankingSortKeySchema } from '@nianbao/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultRankingDirection,
  nameComparator,
  rankMove,
  sortRankingRows,
  sortRankingWindow,
} from './ranking-order.ts';

function row(overrides: Partial<RankingRowDto> & { rank: number | null; agencyName: string }): RankingRowDto {
  return {
    agencyId: (overrides.rank ?? 9) * 10,
    regionName: null,
    reportId: 1,
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
  row({ rank: null, agencyName: '丁局', value: null }),
];
const names = (list: readonly RankingRowDto[]) => list.map((r) => r.agencyName);

describe('sortRankingRows', () => {
  it('sorts by value both ways with missing values last, ties in rank then name order', () => {
    expect(names(sortRankingRows(rows, 'value', 'desc'))).toEqual(['乙局', '丙局', '甲局', '丁局']);
    expect(names(sortRankingRows(rows, 'value', 'asc'))).toEqual(['丙局', '甲局', '乙局', '丁局']);
  });

  it('sorts by previous value, change and rank move, missing figures last either way', () => {
    expect(names(sortRankingRows(rows, 'previousValue', 'asc'))).toEqual(['乙局', '甲局', '丙局', '丁局']);
    expect(names(sortRankingRows(rows, 'change', 'asc'))).toEqual(['甲局', '乙局', '丙局', '丁局']);
    expect(names(sortRankingRows(rows, 'change', 'desc'))).toEqual(['乙局', '甲局', '丙局', '丁局']);
    expect(names(sortRankingRows(rows, 'move', 'desc'))).toEqual(['乙局', '甲局', '丙局', '丁局']);
  });

  it('sorts names in Chinese collation order both ways', () => {
    const asc = names(sortRankingRows(rows, 'name', 'asc'));
    expect(asc).toEqual(names(rows).sort(new Intl.Collator('zh-CN').compare));
    expect(names(sortRankingRows(rows, 'name', 'desc'))).toEqual([...asc].reverse());
  });

  it('keeps unranked rows last when sorting by rank either way', () => {
    const more = [...rows, row({ rank: 5, agencyName: '戊局', value: 1 })];
    expect(names(sortRankingRows(more, 'rank', 'asc'))).toEqual(['乙局', '丙局', '甲局', '戊局', '丁局']);
    expect(names(sortRankingRows(more, 'rank', 'desc'))).toEqual(['戊局', '丙局', '甲局', '乙局', '丁局']);
  });

  it('gives the same order with precomputed name positions as with the collator', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      row({ rank: 1 + (i % 7), agencyName: `${'甲乙丙丁戊己庚辛'[i % 8]}${i % 5}局`, value: i % 3 }),
    );
    const positions = nameComparator(many.map((r) => r.agencyName));
    for (const key of ['rank', 'name', 'value', 'move'] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        expect(names(sortRankingRows(many, key, dir, positions))).toEqual(
          names(sortRankingRows(many, key, dir)),
        );
      }
    }
  });

  it('does not change the input', () => {
    const copy = [...rows];
    sortRankingRows(rows, 'rank', 'desc');
    expect(rows).toEqual(copy);
  });
});

describe('sortRankingWindow', () => {
  const arbitraryRow = fc.record({
    rank: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
    agencyId: fc.integer({ min: 1, max: 1_000_000 }),
    agencyName: fc.constantFrom('甲局', '乙局', '丙局', '丁局', '安局', 'A局', '张局'),
    value: fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }),
    previousValue: fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }),
    previousRank: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
    change: fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }),
  });

  it('puts in every window exactly the rows the full sort puts there, ties collated only where needed', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(arbitraryRow, { selector: (r) => r.agencyId, maxLength: 60 }),
        fc.constantFrom(...rankingSortKeySchema.options),
        fc.constantFrom('asc' as const, 'desc' as const),
        fc.nat(70),
        fc.integer({ min: 1, max: 30 }),
        (list, key, dir, from, size) => {
          const expected = sortRankingRows(list, key, dir).slice(from, from + size);
          const rows = [...list];
          sortRankingWindow(rows, key, dir, from, from + size);
          expect(rows.slice(from, from + size)).toEqual(expected);
          expect(rows).toHaveLength(list.length);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('nameComparator', () => {
  it('orders like Intl.Collator and falls back to it for names it was not given', () => {
    const compare = nameComparator(['张局', '安局', '王局', '安局']);
    const collator = new Intl.Collator('zh-CN');
    expect(['王局', '张局', '安局'].sort(compare)).toEqual(['王局', '张局', '安局'].sort(collator.compare));
    expect(Math.sign(compare('白局', '安局'))).toBe(Math.sign(collator.compare('白局', '安局')));
    expect(compare('王局', '王局')).toBe(0);
  });
});

describe('rankMove and defaultRankingDirection', () => {
  it('counts places moved and lists ranks and names ascending, figures descending', () => {
    expect(rankMove({ rank: 1, previousRank: 3 })).toBe(2);
    expect(rankMove({ rank: 4, previousRank: 3 })).toBe(-1);
    expect(rankMove({ rank: null, previousRank: 3 })).toBeNull();
    expect(rankMove({ rank: 2, previousRank: null })).toBeNull();
    expect(defaultRankingDirection('rank')).toBe('asc');
    expect(defaultRankingDirection('name')).toBe('asc');
    expect(defaultRankingDirection('value')).toBe('desc');
    expect(defaultRankingDirection('move')).toBe('desc');
  });
});
