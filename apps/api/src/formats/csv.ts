import { type TableCell, type TableModel, tableCells } from './table-model.ts';

// Excel and WPS only read a CSV as UTF-8 when it starts with a byte-order mark; without it Chinese
// headers turn into mojibake on a Chinese-locale Windows.
const BOM = '\uFEFF';
// A text cell starting with one of these is run as a formula by spreadsheet programs (CSV injection);
// agency and file names come from uploaded files, so they are defused with a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted per RFC 4180 when it holds a comma, quote or line break. */
export function csvField(cell: TableCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The table as RFC 4180 CSV (CRLF line ends) in UTF-8 with a BOM. */
export function toCsv<Row>(model: TableModel<Row>): string {
  const { headers, rows } = tableCells(model);
  const lines = [headers, ...rows].map((cells) => cells.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
