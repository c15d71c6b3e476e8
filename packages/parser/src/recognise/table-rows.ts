import { normalizeLabel } from '@nianbao/schema';
import { type CellValue, readCellValue } from '../cell-value.ts';
import type { Block, Cell, Row } from '../document.ts';

/** A table row with each cell already read, and where it sits in the document. */
export interface TableRow {
  /** Index of the table among the document's tables. */
  table: number;
  /** Index of the row within its table (the `row` of a `CellSource`). */
  index: number;
  row: Row;
  cells: readonly Cell[];
  values: readonly CellValue[];
  /** Indices of the cells that hold text (labels) rather than a number or a printed blank. */
  labels: readonly number[];
  /** `normalizeLabel` of each label cell, aligned with `labels` (computed once per document). */
  keys: readonly string[];
}

/** Every row of every table, in document order; tables 2–4 are found by label, not by position. */
export function tableRows(blocks: readonly Block[]): TableRow[] {
  const rows: TableRow[] = [];
  let table = 0;
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    block.rows.forEach((row, index) => {
      const values = row.cells.map((c) => readCellValue(c.text));
      const labels: number[] = [];
      const keys: string[] = [];
      values.forEach((v, i) => {
        if (v.kind !== 'text') return;
        labels.push(i);
        keys.push(normalizeLabel(row.cells[i]?.text ?? ''));
      });
      rows.push({ table, index, row, cells: row.cells, values, labels, keys });
    });
    table++;
  }
  return rows;
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
