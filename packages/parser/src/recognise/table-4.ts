import { type RowDef, T4_COLUMNS, T4_GROUPS } from '@nianbao/schema';
import { matchKey } from './label-match.ts';
import { cellCode, emptyReading, recordCell, type TableReading } from './table-reading.ts';
import { cellNumber, labelIndices, type TableRow } from './table-rows.ts';

const WIDTH = T4_COLUMNS.length;
const TOTAL = T4_GROUPS.length * WIDTH;

interface Slot {
  row: TableRow;
  col: number;
}

/**
 * Reads table 4 (行政复议/行政诉讼): after its two- or three-line header, the fifteen numbers in
 * printed order — review, suit_direct, suit_after_review, five outcomes each. A data row labelled
 * with a group (行政复议 | 0 | 0 | …) fills that group wherever it is printed.
 */
export function readTable4(rows: readonly TableRow[], reading: TableReading = emptyReading()): TableReading {
  const start = rows.findIndex(isTable4Header);
  if (start < 0) return reading;
  const table = rows[start]?.table;

  const stream: Slot[] = [];
  const grouped = new Map<RowDef, Slot[]>();
  let dataSeen = false;
  let cut = false;
  for (const row of rows.slice(start)) {
    if (row.table !== table) break;
    // The file may end inside its last row: then only whole groups are kept.
    if (row.atEnd) cut = true;
    const labels = labelIndices(row);
    const hasNumber = row.values.some((v) => v.kind === 'number');
    const allBlank = labels.length === 0 && row.cells.length >= WIDTH;
    if (!hasNumber && !allBlank) {
      if (dataSeen) break;
      continue;
    }
    dataSeen = true;
    const last = labels.length > 0 ? (labels[labels.length - 1] as number) : -1;
    const slots: Slot[] = [];
    // A row cut off by the end of the file may end in a cut number: its last cell is not read.
    const end = row.cutOff ? row.cells.length - 1 : row.cells.length;
    for (let col = last + 1; col < end; col++) slots.push({ row, col });
    const group = last >= 0 ? matchKey(row.keys[row.keys.length - 1] ?? '', T4_GROUPS) : undefined;
    if (group !== undefined && !grouped.has(group)) grouped.set(group, fit(slots, WIDTH));
    else stream.push(...slots);
    if (stream.length >= TOTAL) break;
  }

  const ordered = fit(stream, TOTAL);
  T4_GROUPS.forEach((group, g) => {
    const slots = grouped.get(group) ?? ordered.slice(g * WIDTH, (g + 1) * WIDTH);
    if (cut && slots.length < WIDTH) return;
    slots.forEach((slot, c) => {
      const column = T4_COLUMNS[c];
      const value = cellNumber(slot.row.values[slot.col]);
      if (column === undefined || value === undefined) return;
      recordCell(reading, cellCode('t4', group.key, column.key), value, 't4', slot.row, slot.col);
    });
  });
  return reading;
}

/** The header: a row naming 行政复议 (or another group), or three outcome columns. */
function isTable4Header(row: TableRow): boolean {
  const keys = row.keys;
  if (keys.some((k) => k.length >= 4 && matchKey(k, T4_GROUPS) !== undefined)) return true;
  return keys.filter((k) => matchKey(k, T4_COLUMNS) !== undefined).length >= 3;
}

/** Trims surplus empty cells (trailing first, then leading) down to `width` slots. */
function fit(slots: readonly Slot[], width: number): Slot[] {
  const out = [...slots];
  const isEmpty = (s: Slot | undefined) => s !== undefined && (s.row.cells[s.col]?.text ?? '') === '';
  while (out.length > width && isEmpty(out[out.length - 1])) out.pop();
  while (out.length > width && isEmpty(out[0])) out.shift();
  return out.slice(0, width);
}
