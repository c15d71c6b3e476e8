import type { CellSource, Values } from '@nianbao/schema';
import type { Cell } from '../document.ts';
import type { TableRow } from './table-rows.ts';

/** Values read from the tables with the provenance of each. */
export interface TableReading {
  values: Values;
  cells: Record<string, CellSource>;
}

export function emptyReading(): TableReading {
  return { values: {}, cells: {} };
}

/**
 * Records one printed cell under its code. The first reading of a code wins, so a table printed
 * twice (or a stray repeat of a row) never overwrites what was read first.
 */
export function recordCell(
  reading: TableReading,
  code: string,
  value: number | null,
  table: CellSource['table'],
  row: TableRow,
  col: number,
): void {
  if (code in reading.values) return;
  const cell: Cell | undefined = row.cells[col];
  // A row printed with fewer cells than columns: point at the end of the row.
  const start = cell?.start ?? row.row.end;
  const end = cell?.end ?? row.row.end;
  reading.values[code] = value;
  reading.cells[code] = { start, end, table, row: row.index, col };
}
