import ExcelJS from 'exceljs';
import { type TableModel, tableCells } from './table-model.ts';

/** Sheet names: at most 31 characters, none of `[]:*?/\`. */
function sheetName(title: string): string {
  const cleaned = title.replace(/[[\]:*?/\\]/g, ' ').trim();
  return (cleaned || 'Sheet1').slice(0, 31);
}

/** Display width of text: CJK characters take two columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return width;
}

/** The table as an .xlsx workbook of one sheet: bold, frozen header row; numbers as numbers. */
export async function toXlsx<Row>(model: TableModel<Row>): Promise<Uint8Array<ArrayBuffer>> {
  const { headers, rows } = tableCells(model);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Nianbao';
  // A fixed date keeps the same data giving the same bytes (and ETag-stable downloads).
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const sheet = workbook.addWorksheet(sheetName(model.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(headers).font = { bold: true };
  for (const cells of rows) {
    sheet.addRow(cells.map((cell) => (cell === undefined || cell === null ? null : cell)));
  }
  sheet.columns.forEach((column, index) => {
    const widest = Math.max(
      displayWidth(headers[index] ?? ''),
      ...rows.slice(0, 500).map((cells) => displayWidth(String(cells[index] ?? ''))),
    );
    column.width = Math.min(60, Math.max(8, widest + 2));
  });
  // exceljs types its Node Buffer as an ArrayBuffer; copying gives a plain view either way.
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
