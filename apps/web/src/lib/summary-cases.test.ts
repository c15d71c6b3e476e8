import { describe, expect, it } from 'vitest';
import { type CaseYearRow, casesByYear } from './review-cases.ts';
import { casesSummary } from './summary-cases.ts';

const rowsOf = (points: Record<string, [number, number | null][]>): CaseYearRow[] =>
  casesByYear(
    new Map(
      Object.entries(points).map(([code, list]) => [code, list.map(([year, value]) => ({ year, value }))]),
    ),
  );

describe('casesSummary', () => {
  it("gives the latest year's cases, their change, outcomes and correction rate", () => {
    const rows = rowsOf({
      't4.review.upheld': [
        [2023, 6],
        [2024, 5],
      ],
      't4.review.corrected': [
        [2023, 2],
        [2024, 2],
      ],
      't4.review.other': [
        [2023, 0],
        [2024, 0],
      ],
      't4.review.pending': [
        [2023, 0],
        [2024, 3],
      ],
    });
    // 2024: 10 cases (8 in 2023: +25%); 2 corrected of 7 concluded = 28.57…%.
    expect(casesSummary(rows, 'review')).toEqual([
      '2024年政府信息公开行政复议案件共10件，同比增长25.0%。',
      '其中结果维持5件、纠正2件、尚未审结3件，纠错率为28.6%。',
    ]);
  });

  it('calls the rate 无法计算 when no case was concluded', () => {
    const rows = rowsOf({
      't4.suit_direct.pending': [[2024, 2]],
      't4.suit_after_review.pending': [[2024, 1]],
    });
    expect(casesSummary(rows, 'litigation')).toEqual([
      '2024年政府信息公开行政诉讼案件共3件。',
      '其中结果维持0件、纠正0件、尚未审结3件，纠错率无法计算。',
    ]);
    expect(casesSummary([], 'review')).toEqual(['所选范围内没有行政复议案件数据。']);
  });
});
