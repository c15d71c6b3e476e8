import type { RankingSortKey } from '@nianbao/schema';

// The server lists and pages the ranking (GET /api/rankings sort/dir/offset/limit, ordered by
// @nianbao/db's ranking-order.ts); the dashboard keeps only what it draws.

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

/** Columns the ranking table sorts by (the API's `sort` values). */
export const RANKING_SORT_KEYS = [
  'rank',
  'name',
  'value',
  'previousValue',
  'change',
  'move',
] as const satisfies readonly RankingSortKey[];
export type { RankingSortKey };
export type SortDirection = 'asc' | 'desc';

/** The direction a column sorts in when first clicked: figures largest first, names and ranks ascending. */
export function firstDirection(key: RankingSortKey): SortDirection {
  return key === 'rank' || key === 'name' ? 'asc' : 'desc';
}

/** Places moved up since last year (positive), down (negative), 0, or null when either rank is missing. */
export function rankMove(row: Pick<RankingRow, 'rank' | 'previousRank'>): number | null {
  return row.previousRank === null || row.rank === null ? null : row.previousRank - row.rank;
}

/** A bar's width in percent of the cell for a value; 0 for a missing value or an empty scale. */
export function barWidth(value: number | null, scale: number): number {
  if (value === null || scale <= 0) return 0;
  return Math.min(100, (Math.abs(value) / scale) * 100);
}
