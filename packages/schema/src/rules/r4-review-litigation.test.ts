import { describe, expect, it } from 'vitest';
import { t4Table } from '../test-fixtures/tables.ts';
import { createCellReader } from './cell-reader.ts';
import { checkR4 } from './r4-review-litigation.ts';

describe('R4 table-4 outcomes add up to 总计', () => {
  it('passes consistent groups', () => {
    const v = t4Table({
      review: { upheld: 2, corrected: 1, total: 3 },
      suit_direct: { pending: 1, total: 1 },
    });
    expect(checkR4(createCellReader(v))).toEqual([]);
  });

  it('fires per group with its heading', () => {
    const v = t4Table({ review: { upheld: 1, total: 2 }, suit_after_review: { corrected: 3, total: 2 } });
    const findings = checkR4(createCellReader(v));
    expect(findings.map((f) => f.message)).toEqual([
      '行政复议：结果维持 1 + 结果纠正 0 + 其他结果 0 + 尚未审结 0 = 1 ≠ 总计 2',
      '行政诉讼（复议后起诉）：结果维持 0 + 结果纠正 3 + 其他结果 0 + 尚未审结 0 = 3 ≠ 总计 2',
    ]);
    expect(findings[0]?.codes).toEqual([
      't4.review.upheld',
      't4.review.corrected',
      't4.review.other',
      't4.review.pending',
      't4.review.total',
    ]);
  });

  it('skips a group with an absent cell', () => {
    expect(checkR4(createCellReader({ 't4.review.upheld': 1, 't4.review.total': 5 }))).toEqual([]);
  });
});
