import { describe, expect, it } from 'vitest';
import { type LedgerMonth, ledgerSummary } from './summary-ledger.ts';

/** Months with submissions and adoptions; running totals and rate computed here. */
function months(entries: [number, number | null, number | null][]): LedgerMonth[] {
  let s = 0;
  let a = 0;
  return entries.map(([month, submitted, adopted]) => {
    s += submitted ?? 0;
    a += adopted ?? 0;
    return {
      month,
      submitted,
      adopted,
      ytdSubmitted: s,
      ytdAdopted: a,
      ytdRate: s === 0 ? null : (a / s) * 100,
    };
  });
}

describe('ledgerSummary', () => {
  it('totals the year up to the last month entered, with the rate and the best month', () => {
    const year = months([
      [1, 10, 2],
      [2, 8, 5],
      [3, 12, 3],
      [4, null, null],
    ]);
    // 30 submitted, 10 adopted: 33.3%.
    expect(ledgerSummary('市教育局', 2024, year)).toEqual([
      '2024年1—3月市教育局共报送政务信息30条，被采用10条，采用率为33.3%。',
      '采用最多的是2月（5条）。',
    ]);
  });

  it('says 全年 for a full year and 无法计算 without submissions', () => {
    const full = months(Array.from({ length: 12 }, (_, i) => [i + 1, 1, 0] as [number, number, number]));
    expect(ledgerSummary('市公安局', 2024, full)).toEqual([
      '2024年全年市公安局共报送政务信息12条，被采用0条，采用率为0.0%。',
    ]);
    expect(ledgerSummary('市公安局', 2024, months([[1, 0, 0]]))[0]).toBe(
      '2024年1月市公安局共报送政务信息0条，被采用0条，采用率无法计算。',
    );
    expect(ledgerSummary('市公安局', null, [])).toEqual(['市公安局没有政务信息报送台账记录。']);
  });
});
