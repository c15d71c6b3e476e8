/** A cell as a spreadsheet holds it: text, a number, a date (xlsx date cells), a boolean or nothing. */
export type SheetCell = string | number | boolean | Date | null;

/** One row of a sheet with the row number a spreadsheet program shows for it (1-based). */
export interface SheetRow {
  number: number;
  cells: SheetCell[];
}

/** A worksheet (xlsx) or the whole file (CSV, `name` null), row by row. */
export interface LedgerSheet {
  name: string | null;
  rows: SheetRow[];
}

/** The text of a cell as a reader sees it: trimmed, numbers as printed, dates as YYYY-MM-DD. */
export function cellText(cell: SheetCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** True when a row holds nothing but empty cells. */
export function isBlankRow(cells: readonly SheetCell[]): boolean {
  return cells.every((cell) => cellText(cell) === '');
}
