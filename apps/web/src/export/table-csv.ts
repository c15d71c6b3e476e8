import { columnHeader, type DataTable } from './export-item.ts';

function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : value;
  // A cell that Excel would read as a formula is quoted with a leading apostrophe (CSV injection).
  const safe = typeof value === 'string' && /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The table as CSV the way the API writes it: UTF-8 with a BOM (so Excel and WPS read the Chinese),
 * CRLF line ends, headers with units, numbers unformatted, no figure as an empty cell.
 */
export function tableToCsv(table: DataTable): string {
  const lines = [table.columns.map((c) => cell(columnHeader(c))), ...table.rows.map((row) => row.map(cell))];
  return `\uFEFF${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}
