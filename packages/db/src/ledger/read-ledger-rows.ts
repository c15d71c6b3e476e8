import type { LedgerLevel, LedgerRowIssueDto, LedgerSkippedRowDto } from '@nianbao/schema';
import { findHeader, type LedgerField, type LedgerHeader } from './ledger-columns.ts';
import { cellText, isBlankRow, type LedgerSheet, type SheetCell } from './ledger-sheet.ts';
import {
  type CellReading,
  isTotalLabel,
  periodOf,
  readCount,
  readLevel,
  readMonth,
  readYear,
} from './ledger-values.ts';

/** A data row that passed every check that needs no store: a unit name with its month's figures. */
export interface LedgerRow {
  sheet: string | null;
  row: number;
  unit: string;
  year: number;
  month: number;
  submitted: number;
  adopted: number;
  /** Items adopted at each level, when the row says (a level column or level count columns). */
  levels: Partial<Record<LedgerLevel, number>> | null;
  /** The level a row of a long-format ledger (one row per level) is about. */
  levelKey: LedgerLevel | 'all';
}

/** Where a sheet's header was found, for the import report. */
export interface SheetHeaderInfo {
  name: string | null;
  headerRow: number;
  columns: Record<string, string>;
}

/** The rows of a file as read, before units are looked up in the store. */
export interface LedgerRows {
  sheets: SheetHeaderInfo[];
  rows: LedgerRow[];
  rejected: LedgerRowIssueDto[];
  skipped: LedgerSkippedRowDto[];
}

export interface ReadLedgerOptions {
  fileName: string;
  /** The year for rows whose month carries none and whose sheet, title and file name name none. */
  year?: number | undefined;
}

const COUNT_FIELDS = ['submitted', 'adopted', 'city', 'province', 'national'] as const;
const LEVEL_FIELDS = ['city', 'province', 'national'] as const;
const FIELD_LABELS: Record<LedgerField, string> = {
  unit: '单位',
  region: '所属地区',
  month: '月份',
  year: '年份',
  submitted: '报送数',
  adopted: '采用数',
  level: '采用级别',
  city: '市级采用',
  province: '省级采用',
  national: '国家级采用',
};

/** The year and month a sheet's name, its title rows and the file name state (in that order of trust). */
function sheetPeriod(sheet: LedgerSheet, header: LedgerHeader, options: ReadLedgerOptions) {
  const title = sheet.rows
    .slice(0, header.headerIndex)
    .map((row) => row.cells.map(cellText).join(' '))
    .join(' ');
  const sources = [periodOf(sheet.name ?? ''), periodOf(title), periodOf(baseName(options.fileName))];
  return {
    year: sources.find((p) => p.year !== undefined)?.year ?? options.year,
    month: sources.find((p) => p.month !== undefined)?.month,
  };
}

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/**
 * Reads every sheet with a ledger header: rows below it become `LedgerRow`s, or rejections with the
 * row number and reason, or skips (blank, totals, text without figures). Nothing is dropped unseen.
 * Returns undefined when no sheet has a header.
 */
export function readLedgerRows(
  sheets: readonly LedgerSheet[],
  options: ReadLedgerOptions,
): LedgerRows | undefined {
  const out: LedgerRows = { sheets: [], rows: [], rejected: [], skipped: [] };
  let found = false;
  for (const sheet of sheets) {
    const header = findHeader(sheet);
    if (!header) continue;
    found = true;
    out.sheets.push({
      name: sheet.name,
      headerRow: sheet.rows[header.headerIndex]?.number ?? header.headerIndex + 1,
      columns: Object.fromEntries(
        Object.entries(header.labels).map(([field, label]) => [field, label ?? '']),
      ),
    });
    const period = sheetPeriod(sheet, header, options);
    for (const row of sheet.rows.slice(header.dataIndex)) {
      readRow(sheet.name, row.number, row.cells, header, period, out);
    }
  }
  return found ? out : undefined;
}

function readRow(
  sheet: string | null,
  rowNumber: number,
  cells: readonly SheetCell[],
  header: LedgerHeader,
  period: { year: number | undefined; month: number | undefined },
  out: LedgerRows,
): void {
  const cell = (field: LedgerField): SheetCell => {
    const col = header.columns[field];
    return col === undefined ? null : (cells[col] ?? null);
  };
  const text = cells
    .map(cellText)
    .filter((t) => t !== '')
    .join(' ');
  if (isBlankRow(cells)) {
    out.skipped.push({ sheet, row: rowNumber, reason: 'blank', text: '' });
    return;
  }
  const countCols = new Set(COUNT_FIELDS.map((f) => header.columns[f]).filter((c) => c !== undefined));
  if (cells.some((c, col) => !countCols.has(col) && typeof c === 'string' && isTotalLabel(c))) {
    out.skipped.push({ sheet, row: rowNumber, reason: 'total', text });
    return;
  }
  const counts = Object.fromEntries(COUNT_FIELDS.map((f) => [f, readCount(cell(f))])) as Record<
    (typeof COUNT_FIELDS)[number],
    CellReading<number>
  >;
  const month = readMonth(cell('month'));
  const hasFigures = COUNT_FIELDS.some((f) => header.columns[f] !== undefined && counts[f].kind !== 'blank');
  if (!hasFigures && month.kind === 'blank') {
    out.skipped.push({ sheet, row: rowNumber, reason: 'no_figures', text });
    return;
  }

  const unit = cellText(cell('unit'));
  const issues: LedgerRowIssueDto[] = [];
  const problem = (code: LedgerRowIssueDto['code'], message: string) =>
    issues.push({ sheet, row: rowNumber, unit: unit === '' ? null : unit, code, message });
  if (unit === '') problem('missing_unit', 'the unit cell is empty but the row has figures');

  let monthValue: number | undefined;
  let yearFromMonth: number | undefined;
  if (month.kind === 'value') {
    monthValue = month.value.month;
    yearFromMonth = month.value.year;
  } else if (month.kind === 'invalid') {
    problem('invalid_month', `month "${month.text}" is not a month`);
  } else if (header.columns.month === undefined && period.month !== undefined) {
    monthValue = period.month;
  } else {
    problem(
      'missing_month',
      'no month: the month cell is empty and no month column, sheet name, title or file name gives one',
    );
  }
  if (monthValue !== undefined && (monthValue < 1 || monthValue > 12)) {
    problem('month_out_of_range', `month ${monthValue} is outside 1–12`);
    monthValue = undefined;
  }

  const yearCell = readYear(cell('year'));
  let year = yearFromMonth;
  if (year === undefined && yearCell.kind === 'value') year = yearCell.value;
  if (yearCell.kind === 'invalid' && yearFromMonth === undefined) {
    problem('invalid_year', `year "${yearCell.text}" is not a year`);
  } else if (year === undefined) {
    year = period.year;
    if (year === undefined) {
      problem(
        'missing_year',
        'no year: give it in a 年份 column, the month (2024年3月), the title or the file name',
      );
    }
  }

  for (const field of COUNT_FIELDS) {
    const reading = counts[field];
    if (reading.kind === 'invalid') {
      problem('invalid_count', `${FIELD_LABELS[field]} "${reading.text}" is not a whole number of items`);
    }
  }
  const value = (field: (typeof COUNT_FIELDS)[number]) => {
    const reading = counts[field];
    return reading.kind === 'value' ? reading.value : 0;
  };
  const hasLevelColumns = LEVEL_FIELDS.some((f) => header.columns[f] !== undefined);
  const levelSum = LEVEL_FIELDS.reduce((sum, f) => sum + value(f), 0);
  const submitted = value('submitted');
  // Without a 采用数 column the level columns are the whole of what was adopted.
  const adopted = header.columns.adopted === undefined ? levelSum : value('adopted');
  const countsValid = COUNT_FIELDS.every((f) => counts[f].kind !== 'invalid');
  if (countsValid && adopted > submitted) {
    problem('adopted_exceeds_submitted', `adopted (${adopted}) exceeds submitted (${submitted})`);
  }
  if (countsValid && hasLevelColumns && levelSum > adopted) {
    problem('levels_exceed_adopted', `the levels' adopted items (${levelSum}) exceed adopted (${adopted})`);
  }

  const level = readLevel(cell('level'));
  if (level.kind === 'invalid') {
    problem('unknown_level', `adoption level "${level.text}" is none of 市级, 省级, 国家级`);
  }

  if (issues.length > 0 || monthValue === undefined || year === undefined) {
    out.rejected.push(...issues);
    return;
  }
  let levels: LedgerRow['levels'] = null;
  if (hasLevelColumns) levels = Object.fromEntries(LEVEL_FIELDS.map((f) => [f, value(f)]));
  else if (level.kind === 'value') levels = { [level.value]: adopted };
  out.rows.push({
    sheet,
    row: rowNumber,
    unit,
    year,
    month: monthValue,
    submitted,
    adopted,
    levels,
    levelKey: level.kind === 'value' ? level.value : 'all',
  });
}
