/** One cell of a rendered table, HTML-style: covered positions of a span are not listed. */
export interface Cell {
  text: string;
  rowSpan?: number;
  colSpan?: number;
  /** Header and label cells are centred; numbers are too in most reports, prose-like labels not. */
  align?: 'left' | 'center';
}

/** A table as rows of origin cells on a grid of `columns` columns. */
export interface TableBlock {
  type: 'table';
  /** Which report table this is (t2 may be printed as one table or one per 第二十条 item). */
  table: 't2' | 't3' | 't4';
  columns: number;
  /** Relative column widths, one per grid column, used by docx and pdf. */
  widths: readonly number[];
  rows: Cell[][];
}

/** The ordered content of a report, shared by every writer. */
export type Block =
  | { type: 'title'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string; align?: 'left' | 'right' }
  | TableBlock;

/** A position of the expanded grid: the origin cell, or a position it covers. */
export type GridSlot = { kind: 'origin'; cell: Cell } | { kind: 'covered'; by: 'row' | 'col'; origin: Cell };

/** Expands spans: every row gets exactly `columns` slots, as a word processor lays the grid out. */
export function expandGrid(table: TableBlock): GridSlot[][] {
  const grid: (GridSlot | undefined)[][] = table.rows.map(
    () => new Array<GridSlot | undefined>(table.columns),
  );
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      const line = grid[r];
      if (!line) break;
      while (c < table.columns && line[c] !== undefined) c++;
      if (c >= table.columns)
        throw new Error(`table ${table.table} row ${r} has more cells than ${table.columns} columns`);
      const rs = cell.rowSpan ?? 1;
      const cs = cell.colSpan ?? 1;
      for (let dr = 0; dr < rs; dr++) {
        for (let dc = 0; dc < cs; dc++) {
          const target = grid[r + dr];
          if (!target) continue;
          target[c + dc] =
            dr === 0 && dc === 0
              ? { kind: 'origin', cell }
              : { kind: 'covered', by: dr === 0 ? 'col' : 'row', origin: cell };
        }
      }
      c += cs;
    }
  });
  return grid.map((row, r) =>
    Array.from(row, (slot, c) => {
      if (!slot) throw new Error(`table ${table.table} leaves grid position ${r},${c} empty`);
      return slot;
    }),
  );
}
