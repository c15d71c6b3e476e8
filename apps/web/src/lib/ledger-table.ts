import type { LedgerMeasure, LedgerRankingRowDto, LedgerSeriesPointDto } from '@nianbao/schema';
import type { LedgerSortKey } from './ledger-params.ts';

const collator = new Intl.Collator('zh-CN');

/** Chinese names of the measures, as headers and captions print them. */
export const MEASURE_LABELS: Record<LedgerMeasure, string> = {
  submitted: '报送',
  adopted: '采用',
  rate: '采用率',
};

/** The unit each measure is counted in. */
export const MEASURE_UNITS: Record<LedgerMeasure, string> = { submitted: '条', adopted: '条', rate: '%' };

/**
 * Rows in table order. Figures sort by their rank (ties keep the same place, then by name); units
 * without a rate stay last in either direction; names sort by pinyin.
 */
export function sortLedgerRows(
  rows: readonly LedgerRankingRowDto[],
  sort: LedgerSortKey,
  dir: 'asc' | 'desc',
): LedgerRankingRowDto[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const byName = collator.compare(a.agencyName, b.agencyName) || a.agencyId - b.agencyId;
    if (sort === 'name') return sign * byName;
    const ra = a.ranks[sort];
    const rb = b.ranks[sort];
    if (ra === null || rb === null) return ra === rb ? byName : ra === null ? 1 : -1;
    // Rank 1 is the largest figure: "desc" (largest first) lists ranks ascending.
    return ra !== rb ? -sign * (ra - rb) : byName;
  });
}

/** The rank the table's 名次 column shows for the current sort. */
export function shownRank(row: LedgerRankingRowDto, sort: LedgerSortKey): number | null {
  return row.ranks[sort === 'name' ? 'adopted' : sort];
}

/** The months a ranking covers, in words: `2024年3月` or `2024年1—3月（年累计）`. */
export function periodLabel(dto: {
  year: number | null;
  fromMonth: number | null;
  toMonth: number | null;
}): string {
  if (dto.year === null) return '';
  if (dto.fromMonth === null || dto.toMonth === null) return `${dto.year}年`;
  return dto.fromMonth === dto.toMonth
    ? `${dto.year}年${dto.toMonth}月`
    : `${dto.year}年${dto.fromMonth}—${dto.toMonth}月（年累计）`;
}

/** One bar of the chart: the top units by the measure the table is sorted by. */
export interface LedgerBar {
  key: string;
  name: string;
  value: number | null;
  flagged: boolean;
}

/** The first `limit` rows of the table as bars of one measure (names sort by adopted). */
export function ledgerBars(
  rows: readonly LedgerRankingRowDto[],
  measure: LedgerMeasure,
  limit = 15,
): LedgerBar[] {
  return rows.slice(0, limit).map((row) => ({
    key: String(row.agencyId),
    name: row.agencyName,
    value: row[measure],
    flagged: false,
  }));
}

/** A month of a unit's trend as the chart draws it; months without an entry draw no bar. */
export interface LedgerTrendPoint {
  label: string;
  submitted: number | null;
  adopted: number | null;
  rate: number | null;
}

/** The twelve months of a series for the trend chart; `ytd` draws running totals instead. */
export function trendPoints(points: readonly LedgerSeriesPointDto[], ytd: boolean): LedgerTrendPoint[] {
  let seen = false;
  return points.map((p) => {
    seen ||= p.submitted !== null;
    // Running totals only start with the first month that has an entry.
    const running = ytd && seen;
    return {
      label: `${p.month}月`,
      submitted: running ? p.ytdSubmitted : ytd ? null : p.submitted,
      adopted: running ? p.ytdAdopted : ytd ? null : p.adopted,
      rate: running ? p.ytdRate : ytd ? null : p.rate,
    };
  });
}
