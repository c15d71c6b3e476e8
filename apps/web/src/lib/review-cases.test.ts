import { describe, expect, it } from 'vitest';
import type { CompareUnit } from './compare-units.ts';
import { caseCodes, casesByYear, correctionRate, unitsWithCases } from './review-cases.ts';

describe('casesByYear', () => {
  it('keeps review outcomes and adds both suit groups per outcome', () => {
    const rows = casesByYear(
      new Map([
        [
          't4.review.upheld',
          [
            { year: 2021, value: 3 },
            { year: 2022, value: 1 },
          ],
        ],
        ['t4.review.corrected', [{ year: 2021, value: 1 }]],
        [
          't4.suit_direct.corrected',
          [
            { year: 2021, value: 2 },
            { year: 2022, value: null },
          ],
        ],
        ['t4.suit_after_review.corrected', [{ year: 2021, value: 1 }]],
      ]),
    );
    expect(rows.map((r) => r.year)).toEqual([2021, 2022]);
    expect(rows[0]).toMatchObject({ 'review.upheld': 3, 'review.corrected': 1, 'litigation.corrected': 3 });
    // Nobody printed a figure: null, not 0.
    expect(rows[1]).toMatchObject({
      'review.corrected': null,
      'litigation.corrected': null,
      'litigation.upheld': null,
    });
  });

  it('names every code it needs', () => {
    expect(caseCodes()).toHaveLength(15);
    expect(caseCodes()).toContain('t4.suit_after_review.pending');
  });
});

describe('unitsWithCases', () => {
  const unit = (name: string, values: Record<string, number | null>): CompareUnit => ({
    key: name,
    name,
    values,
    flaggedCount: 0,
    reportCount: 1,
  });

  it('keeps units with cases, most cases first', () => {
    const rows = unitsWithCases([
      unit('甲', { 't4.review.total': 1, 't4.review.corrected': 1 }),
      unit('乙', { 't4.review.total': 0, 't4.suit_direct.total': 0 }),
      unit('丙', {
        't4.review.total': 2,
        't4.suit_direct.total': 1,
        't4.suit_after_review.total': 2,
        't4.suit_direct.corrected': 1,
      }),
      unit('丁', {}),
    ]);
    expect(rows.map((r) => [r.unit.name, r.review, r.litigation, r.litigationCorrected])).toEqual([
      ['丙', 2, 3, 1],
      ['甲', 1, 0, 0],
    ]);
  });
});

describe('correctionRate', () => {
  it('divides by concluded cases and has no rate without any', () => {
    expect(correctionRate(1, 5, 1)).toBe(25);
    expect(correctionRate(0, 2, 2)).toBeNull();
    expect(correctionRate(0, 0, 0)).toBeNull();
  });
});
