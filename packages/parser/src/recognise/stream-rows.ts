import {
  EDITIONS,
  normalizeLabel,
  type RowDef,
  T2_BLOCKS,
  T3_CATEGORIES,
  T3_COLUMNS,
  T3_ROWS,
  T4_COLUMNS,
  T4_GROUPS,
} from '@nianbao/schema';
import { readCellValue } from '../cell-value.ts';
import type { Cell } from '../document.ts';
import { labelKey, matchKey } from './label-match.ts';

/** What a label cell names, as far as rebuilding rows needs to know. */
type Role = 'heading' | 'category' | 'row' | 'column' | 'other';

const T2_ROWS: readonly RowDef[] = EDITIONS.flatMap((e) => T2_BLOCKS[e].flatMap((b) => b.rows));
const COLUMNS = [
  ...EDITIONS.flatMap((e) => T2_BLOCKS[e].flatMap((b) => b.columns)),
  ...T3_COLUMNS,
  ...T4_COLUMNS,
];
// Row labels of two characters (其他, 总计) also head columns; only an ordinal makes them rows.
const SHORT = 2;
const ORDINAL = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[.、)])/u;

interface Classified {
  role: Role;
  /** For a row label: the category it sits under; for a category: its own key. */
  category?: string | undefined;
}

const T3_CATEGORY_OF = new Map<RowDef, string | undefined>(
  T3_ROWS.map((r) => [r, matchKey(normalizeLabel(r.group), T3_CATEGORIES)?.key]),
);

function classify(text: string): Classified {
  if (text.includes('第二十条')) return { role: 'heading' };
  const key = labelKey(text);
  if (key === '') return { role: 'other' };
  const category = matchKey(key, T3_CATEGORIES);
  if (category !== undefined) return { role: 'category', category: category.key };
  const ordinal = ORDINAL.test(text.normalize('NFKC').replace(/\s+/gu, ''));
  const t3 = matchKey(key, T3_ROWS);
  if (t3 !== undefined && (key.length > SHORT || ordinal)) {
    return { role: 'row', category: T3_CATEGORY_OF.get(t3) };
  }
  if (matchKey(key, T2_ROWS) !== undefined || matchKey(key, T4_GROUPS) !== undefined) return { role: 'row' };
  if (matchKey(key, COLUMNS) !== undefined) return { role: 'column' };
  return { role: 'other' };
}

/**
 * Rebuilds table rows from cells printed one per line (the row breaks were lost). A row is the
 * labels that name it followed by its values; a new row starts at
 * - a label after a value (or an empty cell),
 * - a 第二十条 heading,
 * - a row label after a header (column labels) or after another row label — the earlier row then
 *   printed no values (blank) — unless the label before it is the category the row belongs to
 *   (`(三) 不予公开` / `1.属于国家秘密`),
 * - a category heading after a row label.
 */
export function regroupStream(cells: readonly Cell[]): Cell[][] {
  const rows: Cell[][] = [];
  let current: Cell[] = [];
  let hasValue = false;
  let hasHeaderOrRow = false;
  let lastLabel: Classified | undefined;
  let hasRow = false;

  const flush = () => {
    if (current.length > 0) rows.push(current);
    current = [];
    hasValue = false;
    hasHeaderOrRow = false;
    hasRow = false;
    lastLabel = undefined;
  };

  for (const cell of cells) {
    const value = readCellValue(cell.text);
    if (value.kind !== 'text') {
      current.push(cell);
      hasValue = true;
      continue;
    }
    const label = classify(cell.text);
    const ownedByLast =
      lastLabel?.role === 'category' && label.role === 'row' && label.category === lastLabel.category;
    const splits =
      hasValue ||
      label.role === 'heading' ||
      (label.role === 'row' && hasHeaderOrRow && !ownedByLast) ||
      (label.role === 'row' && lastLabel?.role === 'category' && !ownedByLast) ||
      (label.role === 'category' && hasRow);
    if (splits) flush();
    current.push(cell);
    if (label.role === 'row' || label.role === 'column') hasHeaderOrRow = true;
    if (label.role === 'row') hasRow = true;
    lastLabel = label;
  }
  flush();
  return rows;
}
