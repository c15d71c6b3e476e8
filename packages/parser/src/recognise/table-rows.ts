import { isRegexSpace } from '../adapters/rendering/join-text.ts';
import { type CellValue, readCellValue } from '../cell-value.ts';
import type { Block, Cell, Row, TableBlock } from '../document.ts';
import { labelKey } from './label-match.ts';
import { regroupStream } from './stream-rows.ts';

/** A table row with each cell already read, and where it sits in the document. */
export interface TableRow {
  /** Index of the table among the document's tables. */
  table: number;
  /**
   * Index of the row within its table (the `row` of a `CellSource`); for a table printed one cell
   * per line, the index of the rebuilt row.
   */
  index: number;
  row: Row;
  cells: readonly Cell[];
  values: readonly CellValue[];
  /** Indices of the cells that hold text (labels) rather than a number or a printed blank. */
  labels: readonly number[];
  /** `normalizeLabel` of each label cell, aligned with `labels` (computed once per document). */
  keys: readonly string[];
  /**
   * True for the document's last row (nothing but whitespace follows it): the file may have been
   * cut inside it, so a reader keeps it only when it holds every value its row needs.
   */
  atEnd: boolean;
  /** True when, moreover, no line break follows it: its last number itself may be cut short. */
  cutOff: boolean;
}

/** Every row of every table, in document order; tables 2–4 are found by label, not by position. */
export function tableRows(blocks: readonly Block[], text = ''): TableRow[] {
  const rows: TableRow[] = [];
  let table = 0;
  const lastBlock = blocks[blocks.length - 1];
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    const ordinals = { next: null as number | null };
    physicalRows(block).forEach((row, index) => {
      const printed = row.cells.map((c) => readCellValue(c.text));
      const cells = withoutGluedOrdinal(row.cells, printed, ordinals);
      // Read once: the cells are the printed ones, less a dropped ordinal or with a shortened last one.
      const values = cells.length < row.cells.length ? printed.slice(0, cells.length) : printed;
      const last = cells[cells.length - 1];
      if (last !== undefined && last !== row.cells[cells.length - 1]) {
        values[cells.length - 1] = readCellValue(last.text);
      }
      const labels: number[] = [];
      const keys: string[] = [];
      values.forEach((v, i) => {
        if (v.kind !== 'text') return;
        labels.push(i);
        keys.push(labelKey(cells[i]?.text ?? ''));
      });
      rows.push({ table, index, row, cells, values, labels, keys, atEnd: false, cutOff: false });
    });
    const last = rows[rows.length - 1];
    // Nothing but blanks and cell separators after it: the file ends in this row.
    if (block === lastBlock && last !== undefined && /^[\s|｜]*$/u.test(text.slice(last.row.end))) {
      last.atEnd = true;
      last.cutOff = endsOpen(text, last.row.end);
    }
    table++;
  }
  return rows;
}

/**
 * Value cells after the row's last label, not counting empty cells right after it (an empty
 * group column): what a row cut short by the end of the file is measured by.
 */
export function valueCount(row: TableRow): number {
  let from = (row.labels[row.labels.length - 1] ?? -1) + 1;
  while (from < row.cells.length && row.cells[from]?.text === '') from++;
  return row.cells.length - from;
}

/** True when nothing but the end of the text follows — no line break closes the row. */
function endsOpen(text: string, end: number): boolean {
  return text.length > 0 && !/[\r\n]/u.test(text.slice(end));
}

// Fewer cells than this are not worth treating as a stream of one-cell rows.
const MIN_STREAM = 4;

/** The table's rows; a table printed one cell per line gets its rows rebuilt from the labels. */
function physicalRows(block: TableBlock): readonly Row[] {
  const { rows } = block;
  if (rows.length < MIN_STREAM || rows.some((r) => r.cells.length !== 1)) return rows;
  const cells = rows.flatMap((r) => r.cells);
  return regroupStream(cells).map((group) => {
    const first = group[0];
    const last = group[group.length - 1];
    return { start: first?.start ?? block.start, end: last?.end ?? block.start, cells: group };
  });
}

// The next row's ordinal printed after this row's last value: `2.` alone, or glued on (`02.`).
const ORDINAL_CELL = /^(\d{1,3})[.、．]$/u;
const LABEL_ORDINAL = /^\s*(\d{1,2})[.、．]/u;

/**
 * Drops the next row's ordinal from the end of a row of values: a last cell holding only `2.`
 * goes, and a last value with the ordinal glued on (`02.`) keeps just its number (`0`). Which
 * digits are the ordinal follows from the row labels' numbering (`1.属于…` is followed by 2).
 */
function withoutGluedOrdinal(
  cells: readonly Cell[],
  values: readonly CellValue[],
  ordinals: { next: number | null },
): readonly Cell[] {
  for (let k = 0; k < cells.length; k++) {
    const text = cells[k]?.text ?? '';
    // Only label cells opening with a digit can be numbered: the regexes run on none of the others.
    if (values[k]?.kind !== 'text' || !opensWithDigit(text)) continue;
    const numbered = LABEL_ORDINAL.exec(text);
    // A numbered label (`1.属于…`), not an ordinal standing alone.
    if (numbered !== null && !ORDINAL_CELL.test(text)) ordinals.next = Number(numbered[1]) + 1;
  }
  const last = cells[cells.length - 1];
  const before = cells[cells.length - 2];
  const m = last === undefined ? null : ORDINAL_CELL.exec(last.text);
  if (last === undefined || before === undefined || m === null || values[cells.length - 2]?.kind === 'text') {
    return cells;
  }
  const digits = m[1] ?? '';
  const expected = ordinals.next === null ? null : String(ordinals.next);
  // The ordinal is the number the labels' numbering expects, or 1 when a new group restarts it,
  // else (no numbered label seen) the last digit.
  let ordinal: string | null = null;
  if (expected !== null && digits.endsWith(expected)) ordinal = expected;
  else if (digits.endsWith('1')) ordinal = '1';
  else if (expected === null && digits.length <= 2) ordinal = digits.slice(-1);
  if (ordinal === null) return cells;
  ordinals.next = Number(ordinal) + 1;
  const value = digits.slice(0, digits.length - ordinal.length);
  if (value === '') return cells.slice(0, -1);
  return [...cells.slice(0, -1), { start: last.start, end: last.start + value.length, text: value }];
}

/** Whether the first character after leading `\s` is an ASCII digit: LABEL_ORDINAL's cheap precondition. */
function opensWithDigit(text: string): boolean {
  let i = 0;
  while (i < text.length && isRegexSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** Indices of the cells that hold text (labels) rather than a number or a printed blank. */
export function labelIndices(row: TableRow): readonly number[] {
  return row.labels;
}

/** The value cells after the row's last label cell (all cells when it has no label). */
export function trailingValueIndices(row: TableRow): number[] {
  const labels = labelIndices(row);
  const from = labels.length === 0 ? 0 : (labels[labels.length - 1] as number) + 1;
  const out: number[] = [];
  for (let i = from; i < row.cells.length; i++) out.push(i);
  return out;
}

/** The value a cell contributes to `values`: a number, or null for a printed blank. */
export function cellNumber(value: CellValue | undefined): number | null | undefined {
  if (value === undefined || value.kind === 'text') return undefined;
  return value.kind === 'number' ? value.value : null;
}
