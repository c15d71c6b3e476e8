import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { normalizeOfficeZip } from '../render/zip-normalize.ts';
import type { DemoLedger } from './demo-ledger.ts';
import {
  LEDGER_HEADER,
  LEDGER_NOTE,
  ledgerRowCells,
  ledgerSubtitle,
  ledgerTitle,
  ledgerTotalCells,
} from './ledger-layout.ts';

const WIDTHS = [6, 30, 10, 7, 12, 12, 12, 10, 11, 10];
const WIDTH = LEDGER_HEADER.length;

/**
 * The ledger as an office keeps it in Excel: a merged title and subtitle, a bold frozen header,
 * each unit's name merged down over its twelve months, a 合计 row and a note. Same ledger → same bytes.
 */
export async function renderLedgerXlsx(ledger: DemoLedger): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Nianbao 演示数据';
  const sheet = workbook.addWorksheet(`${ledger.year}年`, { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  sheet.addRow([ledgerTitle(ledger)]).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, WIDTH);
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.addRow([ledgerSubtitle(ledger)]);
  sheet.mergeCells(2, 1, 2, WIDTH);
  sheet.addRow([...LEDGER_HEADER]).font = { bold: true };
  let first = 4;
  ledger.rows.forEach((row, index) => {
    sheet.addRow(ledgerRowCells(row, index));
    const next = ledger.rows[index + 1];
    if (next?.agency === row.agency) return;
    const last = 4 + index;
    if (last > first) {
      sheet.mergeCells(first, 2, last, 2);
      sheet.mergeCells(first, 3, last, 3);
    }
    first = last + 1;
  });
  sheet.addRow(ledgerTotalCells(ledger.rows)).font = { bold: true };
  sheet.addRow([LEDGER_NOTE]);
  sheet.mergeCells(sheet.rowCount, 1, sheet.rowCount, WIDTH);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return normalizeOfficeZip(bytes, `${ledger.year + 1}-01-10`);
}

const csvField = (cell: string | number | null) => {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * The same ledger as a CSV in GB18030 (what Excel writes on a Chinese-locale Windows): the title
 * lines in their first cell, every row naming its unit, CRLF line ends.
 */
export function renderLedgerCsv(ledger: DemoLedger): Uint8Array {
  const pad = (text: string) => [text, ...Array.from({ length: WIDTH - 1 }, () => null)];
  const lines = [
    pad(ledgerTitle(ledger)),
    pad(ledgerSubtitle(ledger)),
    [...LEDGER_HEADER],
    ...ledger.rows.map(ledgerRowCells),
    ledgerTotalCells(ledger.rows),
    pad(LEDGER_NOTE),
  ];
  const text = `${lines.map((cells) => cells.map(csvField).join(',')).join('\r\n')}\r\n`;
  return new Uint8Array(iconv.encode(text, 'gb18030'));
}
