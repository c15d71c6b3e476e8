import type { LedgerLevel } from '@nianbao/schema';
import { cellText, type SheetCell } from './ledger-sheet.ts';

/** Full-width digits and letters folded (NFKC), every kind of space removed. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** A cell that reads as one of the options, as empty, or as something it cannot be. */
export type CellReading<T> =
  | { kind: 'value'; value: T }
  | { kind: 'blank' }
  | { kind: 'invalid'; text: string };

const BLANK: CellReading<never> = { kind: 'blank' };
const invalid = (cell: SheetCell): CellReading<never> => ({ kind: 'invalid', text: cellText(cell) });
// Placeholders a ledger prints for "none": dashes, slashes, 无.
const NONE = /^(?:[-‐‑‒–—―−~/\\]+|无|空|暂无)$/u;
const TOTAL_WORD = /合计|总计|小计/u;
const TOTAL_EXACT = /^(?:全(?:市|县|区|年)|累计|总数|共计)$/u;

/** True for the label of a totals row: 合计, 总计, 小计, 全市 …. */
export function isTotalLabel(cell: SheetCell): boolean {
  const text = normaliseText(cellText(cell));
  return text !== '' && (TOTAL_WORD.test(text) || TOTAL_EXACT.test(text));
}

/** A count of items: a whole number ≥ 0, `1,234`, `１２`, `12条`; blank and `—` are blank. */
export function readCount(cell: SheetCell): CellReading<number> {
  if (cell === null) return BLANK;
  if (typeof cell === 'number')
    return Number.isInteger(cell) && cell >= 0 ? { kind: 'value', value: cell } : invalid(cell);
  if (typeof cell !== 'string') return invalid(cell);
  const text = normaliseText(cell);
  if (text === '' || NONE.test(text)) return BLANK;
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.0+)?(?:条|篇|件|次|个|份)?$/u.exec(text);
  if (!match) return invalid(cell);
  return { kind: 'value', value: Number((match[1] ?? '').replaceAll(',', '')) };
}

const CHINESE_MONTHS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};

/** A month as a ledger prints it, with the year when the cell carries one. */
export interface MonthValue {
  month: number;
  year?: number;
}

/**
 * A month cell: `3`, `3月`, `03月份`, `三月`, `2024年3月`, `2024-03`, `2024.3`, `202403`, or an
 * xlsx date. The month may be out of 1–12 (`13月`); callers check the range so they can say so.
 */
export function readMonth(cell: SheetCell): CellReading<MonthValue> {
  if (cell === null) return BLANK;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return invalid(cell);
    return { kind: 'value', value: { month: cell.getUTCMonth() + 1, year: cell.getUTCFullYear() } };
  }
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell)) return invalid(cell);
    if (cell >= 190001 && cell <= 210012)
      return { kind: 'value', value: { month: cell % 100, year: Math.floor(cell / 100) } };
    return { kind: 'value', value: { month: cell } };
  }
  if (typeof cell !== 'string') return invalid(cell);
  const text = normaliseText(cell);
  if (text === '' || NONE.test(text)) return BLANK;
  const withYear = /^((?:19|20)\d{2})(?:年|[-./])(\d{1,2})(?:月份?)?$/u.exec(text);
  if (withYear) return { kind: 'value', value: { year: Number(withYear[1]), month: Number(withYear[2]) } };
  const compact = /^((?:19|20)\d{2})(\d{2})$/u.exec(text);
  if (compact) return { kind: 'value', value: { year: Number(compact[1]), month: Number(compact[2]) } };
  const plain = /^(\d{1,2})(?:月份?)?$/u.exec(text);
  if (plain) return { kind: 'value', value: { month: Number(plain[1]) } };
  const chinese = /^([一二三四五六七八九十]{1,2})月份?$/u.exec(text);
  const fromChinese = chinese ? CHINESE_MONTHS[chinese[1] ?? ''] : undefined;
  if (fromChinese !== undefined) return { kind: 'value', value: { month: fromChinese } };
  return invalid(cell);
}

/** A year cell: `2024`, `2024年`, `2024年度`. */
export function readYear(cell: SheetCell): CellReading<number> {
  if (cell === null) return BLANK;
  if (typeof cell === 'number')
    return Number.isInteger(cell) && cell >= 1900 && cell <= 2100
      ? { kind: 'value', value: cell }
      : invalid(cell);
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? invalid(cell) : { kind: 'value', value: cell.getUTCFullYear() };
  if (typeof cell !== 'string') return invalid(cell);
  const text = normaliseText(cell);
  if (text === '' || NONE.test(text)) return BLANK;
  const match = /^((?:19|20)\d{2})(?:年度?)?$/u.exec(text);
  return match ? { kind: 'value', value: Number(match[1]) } : invalid(cell);
}

const LEVELS: readonly [RegExp, LedgerLevel][] = [
  [/^(?:国家级?|中央(?:级|媒体)?|国务院|全国)$/u, 'national'],
  [/^(?:省级?|省委|省政府|省委省政府)$/u, 'province'],
  [/^(?:市级?|市委|市政府|市委市政府)$/u, 'city'],
];

/** An adoption level cell: 市级/省级/国家级 and the ways ledgers abbreviate them. */
export function readLevel(cell: SheetCell): CellReading<LedgerLevel> {
  const text = normaliseText(cellText(cell)).replace(/采用$/u, '');
  if (text === '' || NONE.test(text)) return BLANK;
  const level = LEVELS.find(([pattern]) => pattern.test(text))?.[1];
  return level ? { kind: 'value', value: level } : invalid(cell);
}

/** The year and month a title, a sheet name or a file name states: `2024年3月`, `2024年度`, `2024`. */
export function periodOf(text: string): { year?: number; month?: number } {
  const s = text.normalize('NFKC');
  const full = /((?:19|20)\d{2})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?!\s*[-—–~至到])/u.exec(s);
  if (full) {
    const raw = full[2] ?? '';
    const month = /^\d+$/.test(raw) ? Number(raw) : CHINESE_MONTHS[raw];
    if (month !== undefined && month >= 1 && month <= 12) return { year: Number(full[1]), month };
  }
  const onlyMonth = /^(?:(\d{1,2})|([一二三四五六七八九十]{1,2}))月份?$/u.exec(normaliseText(s));
  if (onlyMonth) {
    const month = onlyMonth[1] ? Number(onlyMonth[1]) : CHINESE_MONTHS[onlyMonth[2] ?? ''];
    if (month !== undefined && month >= 1 && month <= 12) return { month };
  }
  const year = /(?<!\d)((?:19|20)\d{2})(?!\d)/u.exec(s);
  return year ? { year: Number(year[1]) } : {};
}
