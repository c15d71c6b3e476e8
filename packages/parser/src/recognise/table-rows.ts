import { normalizeLabel } from '@nianbao/schema';
import { type CellValue, readCellValue } from '../cell-value.ts';
import type { Block, Cell, Row, TableBlock } from '../document.ts';
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
   * True for the document's last row when no line break follows it: the file may end inside it,
   * so a reader keeps it only when it holds every value its row needs.
   */
  atEnd: boolean;
}

/** Every row of every table, in document order; tables 2–4 are found by label, not by position. */
export function tableRows(blocks: readonly Block[], text = ''): TableRow[] {
  const rows: TableRow[] = [];
  let table = 0;
  const lastBlock = blocks[blocks.length - 1];
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    physicalRows(block).forEach((row, index) => {
      const cells = withoutGluedOrdinal(row.cells);
      const values = cells.map((c) => readCellValue(c.text));
      const labels: number[] = [];
      const keys: string[] = [];
      values.forEach((v, i) => {
        if (v.kind !== 'text') return;
        labels.push(i);
        keys.push(normalizeLabel(cells[i]?.text ?? ''));
      });
      rows.push({ table, index, row, cells, values, labels, keys, atEnd: false });
    });
    const last = rows[rows.length - 1];
    if (block === lastBlock && last !== undefined) last.atEnd = endsOpen(text, last.row.end);
    table++;
  }
  return rows;
}

/** Value cells after the row's last label. */
export function valueCount(row: TableRow): number {
  const lastLabel = row.labels[row.labels.length - 1] ?? -1;
  return row.cells.length - lastLabel - 1;
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
const ORDINAL_ALONE = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]$/u;
const GLUED = /^([+-]?\d+(?:\.\d+)?)(\d)[.、．]$/u;

/**
 * Drops the next row's ordinal from the end of a row of values: a last cell holding only `2.`
 * goes, and a last value with the ordinal glued on (`02.`) keeps just its number (`0`).
 */
function withoutGluedOrdinal(cells: readonly Cell[]): readonly Cell[] {
  const last = cells[cells.length - 1];
  const before = cells[cells.length - 2];
  if (last === undefined || before === undefined) return cells;
  if (ORDINAL_ALONE.test(last.text)) {
    return readCellValue(before.text).kind !== 'text' ? cells.slice(0, -1) : cells;
  }
  const glued = GLUED.exec(last.text);
  if (glued === null || readCellValue(before.text).kind === 'text') return cells;
  const text = glued[1] ?? '';
  return [...cells.slice(0, -1), { start: last.start, end: last.start + text.length, text }];
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
