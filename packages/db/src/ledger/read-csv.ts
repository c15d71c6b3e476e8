import { decodeReport, ParseError } from '@nianbao/parser';
import { LedgerFileError } from './ledger-file-error.ts';
import type { LedgerSheet, SheetRow } from './ledger-sheet.ts';

/**
 * Reads a CSV ledger: UTF-8 with or without BOM, GB18030 (what Excel writes on a Chinese-locale
 * Windows), UTF-16; comma-, semicolon- or tab-separated, RFC 4180 quoting. Row numbers count
 * records, as a spreadsheet program opening the file numbers its rows.
 */
export function readCsv(bytes: Uint8Array, file: string): { sheet: LedgerSheet; encoding: string } {
  let decoded: { text: string; encoding: string };
  try {
    decoded = decodeReport(bytes, file);
  } catch (error) {
    if (error instanceof ParseError) {
      const code = error.code === 'empty_file' ? 'empty_file' : 'undecodable';
      throw new LedgerFileError(code, file, error.message, { cause: error });
    }
    throw error;
  }
  const text = decoded.text.replace(/^\uFEFF/, '');
  const records = parseDelimited(text, delimiterOf(text));
  const rows: SheetRow[] = records.map((cells, index) => ({
    number: index + 1,
    cells: cells.map((cell) => (cell.trim() === '' ? null : cell)),
  }));
  return { sheet: { name: null, rows }, encoding: decoded.encoding };
}

/** The separator the first lines use most: a comma unless tabs or semicolons clearly win. */
function delimiterOf(text: string): string {
  const head = text.split(/\r\n|\n|\r/, 30).join('\n');
  const count = (ch: string) => head.split(ch).length - 1;
  const candidates: [string, number][] = [
    [',', count(',')],
    ['\t', count('\t')],
    [';', count(';')],
  ];
  candidates.sort((a, b) => b[1] - a[1]);
  return candidates[0]?.[1] ? (candidates[0]?.[0] ?? ',') : ',';
}

/** RFC 4180 records: quoted fields may hold separators, doubled quotes and line breaks. */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else {
      field += ch;
    }
    i += 1;
  }
  // A last line without a line break is still a record; a trailing line break adds none.
  if (field !== '' || record.length > 0) endRecord();
  return records;
}
