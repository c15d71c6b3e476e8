import { extname } from 'node:path';
import { LedgerFileError } from './ledger-file-error.ts';
import type { LedgerSheet } from './ledger-sheet.ts';
import { readCsv } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';

/** Extensions of ledger files taken from folders. */
export const LEDGER_EXTENSIONS: ReadonlySet<string> = new Set(['.csv', '.xlsx']);

/** A ledger file's sheets, the format they were read from and a CSV's encoding. */
export interface LedgerFile {
  format: 'csv' | 'xlsx';
  encoding: string | null;
  sheets: LedgerSheet[];
}

const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
// The legacy .xls (BIFF) and .et files are OLE compound documents.
const isOle = (bytes: Uint8Array) =>
  bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

/** Reads a CSV or .xlsx ledger, judged by its bytes first and its extension second. */
export async function readLedgerFile(bytes: Uint8Array, file: string): Promise<LedgerFile> {
  if (bytes.length === 0) throw new LedgerFileError('empty_file', file, 'the file is empty');
  if (isZip(bytes)) return { format: 'xlsx', encoding: null, sheets: await readXlsx(bytes, file) };
  const extension = extname(file).toLowerCase();
  if (isOle(bytes) || extension === '.xls' || extension === '.et') {
    throw new LedgerFileError(
      'unsupported_format',
      file,
      'legacy .xls/.et workbooks are not read; save the sheet as .xlsx or .csv',
    );
  }
  if (extension === '.xlsx') throw new LedgerFileError('unreadable', file, 'not a readable .xlsx workbook');
  const { sheet, encoding } = readCsv(bytes, file);
  return { format: 'csv', encoding, sheets: [sheet] };
}
