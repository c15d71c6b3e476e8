/** A ranking row as GET /api/rankings returns it (rank null: the agency has no value). */
export interface RankingRow {
  rank: number | null;
  agencyId: number;
  agencyName: string;
  value: number | null;
  previousValue: number | null;
  previousRank: number | null;
  change: number | null;
  flagged: boolean;
  regionName?: string | null | undefined;
  reportId?: number | undefined;
}

/** Columns the ranking table sorts by. */
export const RANKING_SORT_KEYS = ['rank', 'name', 'value', 'previousValue', 'change', 'move'] as const;
export type RankingSortKey = (typeof RANKING_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** Places moved up since last year (positive), down (negative), 0, or null when either rank is missing. */
export function rankMove(row: Pick<RankingRow, 'rank' | 'previousRank'>): number | null {
  return row.previousRank === null || row.rank === null ? null : row.previousRank - row.rank;
}

/** Rank order with unranked rows last. */
function byRank(a: RankingRow, b: RankingRow): number {
  return (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER);
}

const collator = new Intl.Collator('zh-CN');

function sortValue(row: RankingRow, key: RankingSortKey): number | string | null {
  switch (key) {
    case 'rank':
      return row.rank;
    case 'name':
      return row.agencyName;
    case 'value':
      return row.value;
    case 'previousValue':
      return row.previousValue;
    case 'change':
      return row.change;
    case 'move':
      return rankMove(row);
  }
}

/**
 * Sorts ranking rows by a column. Missing figures (—) always go last whichever the direction, and
 * ties keep rank order, then name order, so the table never jumps between identical renders.
 */
export function sortRankingRows(
  rows: readonly RankingRow[],
  key: RankingSortKey,
  direction: SortDirection,
): RankingRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const order =
        typeof x === 'string' && typeof y === 'string' ? collator.compare(x, y) : Number(x) - Number(y);
      if (order !== 0) return sign * order;
    }
    return byRank(a, b) || collator.compare(a.agencyName, b.agencyName);
  });
}

/** The largest absolute value of the rows, the full width of the in-cell bars (0 when none). */
export function barScale(rows: readonly Pick<RankingRow, 'value'>[]): number {
  let max = 0;
  for (const row of rows) if (row.value !== null) max = Math.max(max, Math.abs(row.value));
  return max;
}

/** A bar's width in percent of the cell for a value; 0 for a missing value or an empty scale. */
export function barWidth(value: number | null, scale: number): number {
  if (value === null || scale <= 0) return 0;
  return Math.min(100, (Math.abs(value) / scale) * 100);
}
