import ExcelJS from 'exceljs';
import { LedgerFileError } from './ledger-file-error.ts';
import type { LedgerSheet, SheetCell, SheetRow } from './ledger-sheet.ts';

/** The value a formula, rich-text, hyperlink or error cell shows. */
function shownValue(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return String(value.error);
  if ('result' in value)
    return value.result === undefined ? null : shownValue(value.result as ExcelJS.CellValue);
  if ('text' in value) return typeof value.text === 'string' ? value.text : null;
  return null;
}

/**
 * A merged cell's value where the merge means it: a cell below the master in the same column (a
 * unit name merged down over its twelve months) repeats it; a cell beside it (a title merged
 * across the table) is empty, as Excel's own CSV export writes it.
 */
function cellValue(cell: ExcelJS.Cell): SheetCell {
  if (cell.isMerged && cell.master.address !== cell.address) {
    return cell.master.col === cell.col ? shownValue(cell.master.value) : null;
  }
  return shownValue(cell.value);
}

/** Reads every visible worksheet of an .xlsx workbook into rows of cells. */
export async function readXlsx(bytes: Uint8Array, file: string): Promise<LedgerSheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; a Node Buffer over the same memory is what it reads.
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new LedgerFileError('unreadable', file, `not a readable .xlsx workbook (${reason})`, {
      cause: error,
    });
  }
  const sheets: LedgerSheet[] = [];
  for (const worksheet of workbook.worksheets) {
    if (worksheet.state !== 'visible') continue;
    const rows: SheetRow[] = [];
    const columns = worksheet.columnCount;
    for (let number = 1; number <= worksheet.rowCount; number++) {
      const row = worksheet.getRow(number);
      const cells: SheetCell[] = [];
      for (let col = 1; col <= columns; col++) cells.push(cellValue(row.getCell(col)));
      rows.push({ number, cells });
    }
    sheets.push({ name: worksheet.name, rows });
  }
  return sheets;
}
