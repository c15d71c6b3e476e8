import { figureText, sentence } from './summary-format.ts';

/** A month of a unit's ledger as the summary reads it. */
export interface LedgerMonth {
  month: number;
  submitted: number | null;
  adopted: number | null;
  ytdSubmitted: number;
  ytdAdopted: number;
  ytdRate: number | null;
}

/**
 * One or two sentences about a unit's ledger year: the totals up to the last month with entries and
 * the adoption rate (无法计算 without submissions), then the month with the most adoptions.
 */
export function ledgerSummary(unit: string, year: number | null, months: readonly LedgerMonth[]): string[] {
  const entered = months.filter((m) => m.submitted !== null);
  const last = entered.at(-1);
  if (last === undefined || year === null) return [`${unit}没有政务信息报送台账记录。`];
  const through = last.month === 12 ? '全年' : last.month === 1 ? '1月' : `1—${last.month}月`;
  const lead = sentence(
    `${year}年${through}${unit}共报送政务信息${figureText(last.ytdSubmitted, '条')}`,
    `被采用${figureText(last.ytdAdopted, '条')}`,
    `采用率${last.ytdRate === null ? '' : '为'}${figureText(last.ytdRate, '%')}`,
  );
  const best = entered.reduce((a, b) => ((b.adopted ?? 0) > (a.adopted ?? 0) ? b : a));
  if ((best.adopted ?? 0) === 0) return [lead];
  return [lead, `采用最多的是${best.month}月（${figureText(best.adopted, '条')}）。`];
}
