import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';

/** Agency ids of the ledger tests' small city. */
export interface LedgerWorld {
  cityId: number;
  countyId: number;
  otherCountyId: number;
  office: number;
  education: number;
  police: number;
  countyOffice: number;
  townA: number;
  townB: number;
}

/** 洛阳市 with two counties: the city office and two departments, the 伊川县 office, two towns. */
export async function seedLedgerWorld(db: Kysely<Database>): Promise<LedgerWorld> {
  // Found or created: a store with the real sample already has 洛阳市 under 河南省.
  const region = async (name: string, code: string, level: 'city' | 'county', parent: number | null) => {
    const known = await db.selectFrom('regions').select('id').where('code', '=', code).executeTakeFirst();
    if (known) return known.id;
    const created = await db
      .insertInto('regions')
      .values({ name, code, level, parent_id: parent })
      .returning('id')
      .executeTakeFirstOrThrow();
    return created.id;
  };
  const agency = async (name: string, kind: Database['agencies']['kind'], regionId: number) =>
    (
      await db
        .insertInto('agencies')
        .values({ name, kind, region_id: regionId })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const cityId = await region('洛阳市', '410300', 'city', null);
  const countyId = await region('伊川县', '410329', 'county', cityId);
  const otherCountyId = await region('新安县', '410323', 'county', cityId);
  return {
    cityId,
    countyId,
    otherCountyId,
    office: await agency('洛阳市人民政府办公室', 'government_office', cityId),
    education: await agency('洛阳市教育局', 'department', cityId),
    police: await agency('洛阳市公安局', 'department', cityId),
    countyOffice: await agency('伊川县人民政府办公室', 'government_office', countyId),
    townA: await agency('伊川县城关镇人民政府', 'township', countyId),
    townB: await agency('新安县城关镇人民政府', 'township', otherCountyId),
  };
}

/** A cell of a test sheet; `merge` spans it over that many columns, `down` over that many rows. */
export type TestCell = string | number | Date | null | { value: string; across?: number; down?: number };

/** An .xlsx workbook of the given sheets, merges applied as a spreadsheet program writes them. */
export async function xlsxBytes(sheets: Record<string, TestCell[][]>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        if (cell === null) return;
        const target = sheet.getCell(r + 1, c + 1);
        if (typeof cell === 'object' && !(cell instanceof Date)) {
          target.value = cell.value;
          const across = cell.across ?? 1;
          const down = cell.down ?? 1;
          if (across > 1 || down > 1) sheet.mergeCells(r + 1, c + 1, r + down, c + across);
        } else {
          target.value = cell;
        }
      });
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The same rows as CSV text, the way Excel saves a sheet: merged cells only in their first cell. */
export function csvText(rows: TestCell[][]): string {
  const field = (cell: TestCell) => {
    if (cell === null) return '';
    const text =
      typeof cell === 'object' && !(cell instanceof Date)
        ? cell.value
        : cell instanceof Date
          ? cell.toISOString().slice(0, 10)
          : String(cell);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `${rows.map((cells) => cells.map(field).join(',')).join('\r\n')}\r\n`;
}

/** CSV bytes in the encodings ledgers arrive in. */
export function csvBytes(rows: TestCell[][], encoding: 'utf-8' | 'utf-8-bom' | 'gb18030'): Uint8Array {
  const text = csvText(rows);
  if (encoding === 'gb18030') return new Uint8Array(iconv.encode(text, 'gb18030'));
  return new TextEncoder().encode(encoding === 'utf-8-bom' ? `\uFEFF${text}` : text);
}
