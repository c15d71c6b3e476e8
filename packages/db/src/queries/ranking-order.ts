import type { RankingRowDto, RankingSortKey } from '@nianbao/schema';

// How a ranking's rows are listed by a column. The one implementation of the dashboard's column
// sort: the API sorts the whole ranking with it before cutting a page.

export type SortDirection = 'asc' | 'desc';
type SortableRow = Pick<
  RankingRowDto,
  'rank' | 'agencyId' | 'agencyName' | 'value' | 'previousValue' | 'previousRank' | 'change'
>;
type CompareNames = (a: string, b: string) => number;

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
 * costs about a microsecond a call, and listing a province by name compares rows hundreds of
 * thousands of times, so each distinct name is placed once and rows compare two numbers.
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
 * and ties keep rank order, then name order (then agency id, so pages of a list never overlap).
 */
export function rankingComparator(
  key: RankingSortKey,
  direction: SortDirection,
  compareNames: CompareNames = collator.compare,
): (a: SortableRow, b: SortableRow) => number {
  const coarse = coarseComparator(key, direction, compareNames);
  return (a, b) => coarse(a, b) || compareNames(a.agencyName, b.agencyName) || a.agencyId - b.agencyId;
}

/** rankingComparator without the name and id tie-breaks (for `name`, without the id). */
function coarseComparator(
  key: RankingSortKey,
  direction: SortDirection,
  compareNames: CompareNames,
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
    return byRank(a, b);
  };
}

/** The rows listed by a column (a sorted copy); see rankingComparator. */
export function sortRankingRows<Row extends SortableRow>(
  rows: readonly Row[],
  key: RankingSortKey,
  direction: SortDirection,
  compareNames?: CompareNames,
): Row[] {
  return [...rows].sort(rankingComparator(key, direction, compareNames));
}

/**
 * Sorts rows in place so that positions [from, to) hold exactly what sortRankingRows puts there.
 * Names are what costs (Intl.Collator, about a microsecond a comparison): the rows are ordered by
 * the column and rank alone, and only the runs of rows tied on both that reach into the window are
 * put in name order. Rows outside the window are in column order but ties among them are not.
 */
export function sortRankingWindow(
  rows: SortableRow[],
  key: RankingSortKey,
  direction: SortDirection,
  from = 0,
  to = rows.length,
): void {
  if (key === 'name') {
    rows.sort(rankingComparator(key, direction, nameComparator(rows.map((r) => r.agencyName))));
    return;
  }
  const coarse = coarseComparator(key, direction, collator.compare);
  rows.sort(coarse);
  const byName = (a: SortableRow, b: SortableRow) =>
    collator.compare(a.agencyName, b.agencyName) || a.agencyId - b.agencyId;
  for (let start = 0; start < rows.length && start < to; ) {
    const first = rows[start];
    let end = start + 1;
    while (end < rows.length) {
      const next = rows[end];
      if (first === undefined || next === undefined || coarse(first, next) !== 0) break;
      end += 1;
    }
    if (end > from && end - start > 1) {
      const run = rows.slice(start, end).sort(byName);
      for (const [i, row] of run.entries()) rows[start + i] = row;
    }
    start = end;
  }
}
