import type { CellSource, Values } from '@nianbao/schema';
import type { Cell } from '../document.ts';
import type { TableRow } from './table-rows.ts';

/** Values read from the tables with the provenance of each. */
export interface TableReading {
  values: Values;
  cells: Record<string, CellSource>;
  /** The tables any value was read from: listing the keys of `values` for it is slow. */
  tables: Set<CellSource['table']>;
}

export function emptyReading(): TableReading {
  return { values: {}, cells: {}, tables: new Set() };
}

// Code strings by table, row and column, built once: the same few hundred codes recur in every
// report, and a cached string keys an object much faster than a freshly concatenated one. The
// keys are the catalogue's own (interned) strings, so the lookups hash nothing new.
const CODES = new Map<string, Map<string, Map<string, string>>>();

/** The metric code `<table>.<row>.<column>`, as one shared string instance. */
export function cellCode(table: CellSource['table'], row: string, column: string): string {
  // Plain look-ups first: this runs for every cell read, and a miss only happens once per code.
  const code = CODES.get(table)?.get(row)?.get(column);
  if (code !== undefined) return code;
  const byRow = getOrAdd(CODES, table, () => new Map<string, Map<string, string>>());
  const byColumn = getOrAdd(byRow, row, () => new Map<string, string>());
  return getOrAdd(byColumn, column, () => `${table}.${row}.${column}`);
}

function getOrAdd<V>(map: Map<string, V>, key: string, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
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
  if (reading.values[code] !== undefined) return;
  const cell: Cell | undefined = row.cells[col];
  // A row printed with fewer cells than columns: point at the end of the row.
  const start = cell?.start ?? row.row.end;
  const end = cell?.end ?? row.row.end;
  reading.values[code] = value;
  reading.cells[code] = { start, end, table, row: row.index, col };
  reading.tables.add(table);
}
