import { columnHeader, type DataTable } from '../export/export-item.ts';
import { formatNumber } from '../lib/format-value.ts';

/** A table's cells as printed in a briefing: headers with units, numbers grouped, — for no figure. */
export function printedCells(table: DataTable): { header: string[]; rows: string[][] } {
  return {
    header: table.columns.map(columnHeader),
    rows: table.rows.map((row) =>
      row.map((value, i) => {
        if (value === null) return '—';
        if (typeof value === 'string') return value;
        // The year column is a label, not an amount: no digit grouping.
        if (i === 0 && table.columns[0]?.header === '年度') return String(value);
        return formatNumber(value, table.columns[i]?.unit ?? '');
      }),
    ),
  };
}

/** Splits rows into slices of at most `size` (at least one slice, even for no rows). */
export function chunkRows<T>(rows: readonly T[], size: number): T[][] {
  if (rows.length === 0) return [[]];
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}
