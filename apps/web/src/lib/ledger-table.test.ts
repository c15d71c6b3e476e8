import type { LedgerRankingRowDto, LedgerSeriesPointDto } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { ledgerBars, periodLabel, shownRank, sortLedgerRows, trendPoints } from './ledger-table.ts';

function row(
  agencyId: number,
  agencyName: string,
  submitted: number,
  adopted: number,
  ranks: LedgerRankingRowDto['ranks'],
): LedgerRankingRowDto {
  return {
    agencyId,
    agencyName,
    regionName: '洛阳市',
    kind: 'department',
    submitted,
    adopted,
    rate: submitted > 0 ? Math.round((adopted / submitted) * 10000) / 100 : null,
    ranks,
    adoptedByLevel: null,
    months: 3,
    demo: false,
  };
}

const ROWS = [
  row(1, '洛阳市教育局', 40, 10, { submitted: 2, adopted: 2, rate: 2 }),
  row(2, '洛阳市公安局', 40, 10, { submitted: 2, adopted: 2, rate: 2 }),
  row(3, '洛阳市人民政府办公室', 160, 60, { submitted: 1, adopted: 1, rate: 1 }),
  row(4, '伊川县人民政府办公室', 0, 0, { submitted: 4, adopted: 4, rate: null }),
];
const names = (rows: readonly LedgerRankingRowDto[]) => rows.map((r) => r.agencyName);

describe('ledger table shaping', () => {
  it('sorts figures by rank, ties by pinyin, and keeps units without a rate last both ways', () => {
    expect(names(sortLedgerRows(ROWS, 'adopted', 'desc'))).toEqual([
      '洛阳市人民政府办公室',
      '洛阳市公安局',
      '洛阳市教育局',
      '伊川县人民政府办公室',
    ]);
    expect(names(sortLedgerRows(ROWS, 'rate', 'asc'))).toEqual([
      '洛阳市公安局',
      '洛阳市教育局',
      '洛阳市人民政府办公室',
      '伊川县人民政府办公室',
    ]);
    expect(names(sortLedgerRows(ROWS, 'name', 'asc'))[0]).toBe('洛阳市公安局');
    expect(names(sortLedgerRows(ROWS, 'name', 'asc')).at(-1)).toBe('伊川县人民政府办公室');
  });

  it('shows the rank of the sorted measure, the adopted rank when sorted by name', () => {
    expect(shownRank(ROWS[3] as LedgerRankingRowDto, 'rate')).toBeNull();
    expect(shownRank(ROWS[3] as LedgerRankingRowDto, 'name')).toBe(4);
  });

  it('names the months a ranking covers', () => {
    expect(periodLabel({ year: 2024, fromMonth: 3, toMonth: 3 })).toBe('2024年3月');
    expect(periodLabel({ year: 2024, fromMonth: 1, toMonth: 3 })).toBe('2024年1—3月（年累计）');
    expect(periodLabel({ year: null, fromMonth: null, toMonth: null })).toBe('');
  });

  it('draws the first rows of the table as bars of one measure', () => {
    expect(ledgerBars(sortLedgerRows(ROWS, 'rate', 'desc'), 'rate', 2)).toEqual([
      { key: '3', name: '洛阳市人民政府办公室', value: 37.5, flagged: false },
      { key: '2', name: '洛阳市公安局', value: 25, flagged: false },
    ]);
  });

  it('draws a month by month trend, or running totals from the first month with an entry', () => {
    const point = (
      month: number,
      submitted: number | null,
      adopted: number | null,
      ytdS: number,
      ytdA: number,
    ): LedgerSeriesPointDto => ({
      month,
      submitted,
      adopted,
      rate: submitted ? ((adopted ?? 0) / submitted) * 100 : null,
      ytdSubmitted: ytdS,
      ytdAdopted: ytdA,
      ytdRate: ytdS > 0 ? (ytdA / ytdS) * 100 : null,
      adoptedByLevel: null,
    });
    const points = [point(1, null, null, 0, 0), point(2, 10, 5, 10, 5), point(3, null, null, 10, 5)];
    expect(trendPoints(points, false)).toEqual([
      { label: '1月', submitted: null, adopted: null, rate: null },
      { label: '2月', submitted: 10, adopted: 5, rate: 50 },
      { label: '3月', submitted: null, adopted: null, rate: null },
    ]);
    expect(trendPoints(points, true).map((p) => p.submitted)).toEqual([null, 10, 10]);
  });
});
