import type { HtmlElement } from './html-tree.ts';
import { countVisibleChars } from './node-text.ts';

// Spans beyond these are malformed or hostile (browsers clamp colspan at 1000; no report table
// has more than a few dozen columns). MAX_SLOTS bounds the expanded grid of one table.
const MAX_COLSPAN = 1000;
const MAX_COLUMNS = 1000;
const MAX_SLOTS = 1_000_000;
// A cell with this much text is a page region, not a table cell (layout tables hold whole articles).
const LAYOUT_CELL_CHARS = 300;

/** A source cell before expansion. */
export interface SpanCell {
  cell: HtmlElement;
  rowSpan: number;
  colSpan: number;
}

/** The rows (`<tr>`) of a table in order, looking through thead/tbody/tfoot but not nested tables. */
export function tableRows(table: HtmlElement): HtmlElement[] {
  const rows: HtmlElement[] = [];
  collectRows(table, rows);
  return rows;
}

// Module-level rather than a closure per table: tsx (esbuild keepNames) wraps each closure it creates.
function collectRows(element: HtmlElement, rows: HtmlElement[]): void {
  for (const child of element.children) {
    if (typeof child === 'string' || child.tag === 'table') continue;
    if (child.tag === 'tr') rows.push(child);
    else if (child.tag === 'thead' || child.tag === 'tbody' || child.tag === 'tfoot')
      collectRows(child, rows);
  }
}

/** The cells (`<td>`/`<th>`) of a row. */
export function rowCells(row: HtmlElement): HtmlElement[] {
  const cells: HtmlElement[] = [];
  for (const c of row.children)
    if (typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th')) cells.push(c);
  return cells;
}

/**
 * Whether a table holds data rather than page layout: no nested table, some row with two or more
 * cells, and no cell holding a page's worth of text.
 */
export function isDataTable(table: HtmlElement): boolean {
  return dataTableCells(table) !== null;
}

/**
 * The cells of each row (`rowCells` of each of `tableRows`) when the table holds data (see
 * `isDataTable`), else null: the test and the writing of a table share one pass over its rows.
 */
export function dataTableCells(table: HtmlElement): HtmlElement[][] | null {
  const cellsByRow = tableRows(table).map(rowCells);
  if (!cellsByRow.some((cells) => cells.length >= 2)) return null;
  for (const cells of cellsByRow) for (const c of cells) if (isLayoutCell(c)) return null;
  return cellsByRow;
}

/** A cell holding a nested table or more than a cell's worth of visible text, in one walk. */
function isLayoutCell(cell: HtmlElement): boolean {
  const load = cellLoad(cell, 0);
  return load === NESTED_TABLE || load > LAYOUT_CELL_CHARS;
}

const NESTED_TABLE = -1;

/**
 * `chars` plus the visible characters under an element, or NESTED_TABLE once a table is met;
 * counting stops once past the limit (the count only grows).
 */
function cellLoad(element: HtmlElement, chars: number): number {
  let load = chars;
  for (const child of element.children) {
    if (typeof child === 'string') load += countVisibleChars(child);
    else if (child.tag === 'table') return NESTED_TABLE;
    else load = cellLoad(child, load);
    if (load === NESTED_TABLE || load > LAYOUT_CELL_CHARS) return load;
  }
  return load;
}

/**
 * Expands a table's rowspan/colspan into a grid: each source cell occupies its first slot and the
 * slots it spans hold null (printed once, as in text copied from the page). A rowspan never reaches
 * past the last row (`rowspan="0"` means "to the end"); rows are padded to the widest row.
 */
export function expandGrid(rows: readonly HtmlElement[]): (HtmlElement | null)[][] {
  return expandCells(rows.map(rowCells));
}

/** `expandGrid` for rows given as their cells (`rowCells` of each row). */
export function expandCells(rows: readonly (readonly HtmlElement[])[]): (HtmlElement | null)[][] {
  const grid: (HtmlElement | null | undefined)[][] = rows.map(() => []);
  let width = 0;
  let kept = rows.length;
  // Slots a table may fill (spans included) before its remaining rows are dropped.
  let budget = MAX_SLOTS;
  for (let r = 0; r < rows.length && budget > 0; r++) {
    const cells = rows[r] ?? [];
    const line = grid[r] ?? [];
    let c = 0;
    for (const cell of cells) {
      while (line[c] !== undefined) c++;
      if (c >= MAX_COLUMNS) break;
      const colSpan = Math.max(1, Math.min(span(cell.attrs.colspan, 1), MAX_COLSPAN, MAX_COLUMNS - c));
      const rowsLeft = rows.length - r;
      const rowAttr = span(cell.attrs.rowspan, 1);
      const rowSpan = Math.min(rowAttr === 0 ? rowsLeft : rowAttr, rowsLeft, Math.ceil(budget / colSpan));
      budget -= rowSpan * colSpan;
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = grid[r + dr];
        if (target === undefined) continue;
        for (let dc = 0; dc < colSpan; dc++) if (target[c + dc] === undefined) target[c + dc] = null;
      }
      line[c] = cell;
      c += colSpan;
    }
    width = Math.max(width, line.length);
    // Rows past the slot budget are dropped: a hostile table, not a report.
    if ((r + 1) * width > MAX_SLOTS || budget <= 0) {
      kept = r + 1;
      break;
    }
  }
  const out: (HtmlElement | null)[][] = [];
  for (let r = 0; r < kept; r++) {
    const line = grid[r] ?? [];
    const padded: (HtmlElement | null)[] = new Array(width);
    for (let i = 0; i < width; i++) padded[i] = line[i] ?? null;
    out.push(padded);
  }
  return out;
}

function span(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}
