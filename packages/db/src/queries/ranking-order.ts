import type { RankingRowDto, RankingSortKey } from '@nianbao/schema';

// How a ranking's rows are listed by a column. The one implementation of the dashboard's column
// sort: the API sorts the whole ranking with it before cutting a page.

export type SortDirection = 'asc' | 'desc';
type SortableRow = Pick<
  RankingRowDto,
  'rank' | 'agencyName' | 'value' | 'previousValue' | 'previousRank' | 'change'
>;

const collator = new Intl.Collator('zh-CN');

/** Places moved up since last year (positive), down (negative), 0, or null when either rank is missing. */
export function rankMove(row: Pick<RankingRowDto, 'rank' | 'previousRank'>): number | null {
  return row.previousRank === null || row.rank === null ? null : row.previousRank - row.rank;
}

/** The direction a column lists in unless told: ranks and names ascending, figures largest first. */
export function defaultRankingDirection(key: RankingSortKey): SortDirection {
  return key === 'rank' || key === 'name' ? 'asc' : 'desc';
}

/**
 * Names in Chinese (pinyin) collation order, as a comparison of precomputed positions: Intl.Collator
 * costs about a microsecond a call, and a province ranking compares tied names hundreds of thousands
 * of times, so each distinct name is collated once per ranking instead.
 */
export function nameComparator(names: Iterable<string>): (a: string, b: string) => number {
  const sorted = [...new Set(names)].sort(collator.compare);
  const position = new Map<string, number>();
  for (const [index, name] of sorted.entries()) position.set(name, index);
  return (a, b) => {
    const x = position.get(a);
    const y = position.get(b);
    return x !== undefined && y !== undefined ? x - y : collator.compare(a, b);
  };
}

function sortValue(row: SortableRow, key: RankingSortKey): number | null {
  switch (key) {
    case 'rank':
      return row.rank;
    case 'value':
      return row.value;
    case 'previousValue':
      return row.previousValue;
    case 'change':
      return row.change;
    case 'move':
      return rankMove(row);
    case 'name':
      return null;
  }
}

/**
 * Compares ranking rows by a column. Missing figures (—) always go last whichever the direction,
 * and ties keep rank order, then name order, so a list never jumps between identical requests.
 */
export function rankingComparator(
  key: RankingSortKey,
  direction: SortDirection,
  compareNames: (a: string, b: string) => number = collator.compare,
): (a: SortableRow, b: SortableRow) => number {
  const sign = direction === 'asc' ? 1 : -1;
  const byRank = (a: SortableRow, b: SortableRow) =>
    (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER);
  if (key === 'name') return (a, b) => sign * compareNames(a.agencyName, b.agencyName) || byRank(a, b);
  return (a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) return sign * (x - y);
    return byRank(a, b) || compareNames(a.agencyName, b.agencyName);
  };
}

/** The rows listed by a column (a sorted copy); see rankingComparator. */
export function sortRankingRows<Row extends SortableRow>(
  rows: readonly Row[],
  key: RankingSortKey,
  direction: SortDirection,
  compareNames?: (a: string, b: string) => number,
): Row[] {
  return [...rows].sort(rankingComparator(key, direction, compareNames));
}
