import { cellText, type LedgerSheet, type SheetCell } from './ledger-sheet.ts';
import { normaliseText } from './ledger-values.ts';

/** What a ledger column holds. `city`/`province`/`national`: items adopted at that level. */
export type LedgerField =
  | 'unit'
  | 'region'
  | 'month'
  | 'year'
  | 'submitted'
  | 'adopted'
  | 'level'
  | 'city'
  | 'province'
  | 'national';

/** Where a sheet's header is and which column holds each field. */
export interface LedgerHeader {
  /** Index into `sheet.rows` of the (first) header row. */
  headerIndex: number;
  /** Index of the first row below the header (two header rows when levels sit under a group). */
  dataIndex: number;
  columns: Partial<Record<LedgerField, number>>;
  /** The header text each field was found under, for the import report. */
  labels: Partial<Record<LedgerField, string>>;
}

// Titles and notes are long; a header cell rarely is. Longer cells are never taken as headers.
const MAX_LABEL = 20;
// How far down a sheet the header may sit under titles, notes and blank rows.
const HEADER_SEARCH_ROWS = 30;

/** Header text without units in brackets, `其中：`, asterisks and spaces: `报送数（条）` → `报送数`. */
export function normaliseLabel(text: string): string {
  return normaliseText(text)
    .replace(/[(（【[<《][^)）】\]>》]*[)）】\]>》]/gu, '')
    .replace(/^(?:其中|含)[:：]?/u, '')
    .replace(/[*:：]+$/u, '');
}

const IGNORED = /序号|编号|^No\.?$|率|备注|说明|排名|名次|得分|分值|积分|联系人|电话/iu;
const LEVEL_WORD: readonly [RegExp, LedgerField][] = [
  [/^(?:国家级?|中央(?:级)?)$/u, 'national'],
  [/^(?:省级?)$/u, 'province'],
  [/^(?:市级?)$/u, 'city'],
];
const RULES: readonly [RegExp, LedgerField][] = [
  [/级别|层级|层次/u, 'level'],
  [/^所属|^(?:地区|县区|区域|县市区|县\(市、区\)|行政区划?)$/u, 'region'],
  [/单位|部门|机构|名称|乡镇|街道/u, 'unit'],
  [/^月$|月份|报送月|统计月|^时间$|^日期$|^期间$|^月度$/u, 'month'],
  [/^年$|年份|年度/u, 'year'],
  [/报送|上报|报出|投稿/u, 'submitted'],
  [/采用|采纳|录用|刊用/u, 'adopted'],
];

/** The field a header cell names, or undefined for columns the ledger does not read. */
export function fieldOfLabel(text: string): LedgerField | undefined {
  const label = normaliseLabel(text);
  if (label === '' || label.length > MAX_LABEL || IGNORED.test(label)) return undefined;
  // `市级采用`, `被省级采用数`, `其中：国家级`: a count of items adopted at one level.
  const level = label.replace(/^被/u, '').replace(/采用(?:数|条数|量|信息)?$/u, '');
  const byLevel = LEVEL_WORD.find(([pattern]) => pattern.test(level))?.[1];
  if (byLevel) return byLevel;
  return RULES.find(([pattern]) => pattern.test(label))?.[1];
}

function fieldsOfRow(cells: readonly SheetCell[]): Map<number, LedgerField> {
  const fields = new Map<number, LedgerField>();
  const taken = new Set<LedgerField>();
  cells.forEach((cell, index) => {
    if (typeof cell !== 'string') return;
    const field = fieldOfLabel(cell);
    // The first column naming a field wins; a second `单位` column is read as nothing.
    if (field && !taken.has(field)) {
      fields.set(index, field);
      taken.add(field);
    }
  });
  return fields;
}

const hasNumbers = (cells: readonly SheetCell[]) =>
  cells.some((cell) => typeof cell === 'number' || /^\s*\d+\s*$/u.test(cellText(cell)));

// A second header row may only add counts: levels under a merged 采用数 group, or its 合计 column.
const SUB_FIELDS: ReadonlySet<LedgerField> = new Set([
  'city',
  'province',
  'national',
  'adopted',
  'submitted',
]);
const GROUP_TOTAL = /^(?:合计|小计|总数|计|总|数量|条数)$/u;

/**
 * Folds a second header row into the first: level columns under a merged `采用数` group
 * (`采用数 | | |` over `合计 | 市级 | 省级 | 国家级`). A group label carries right over the blank
 * cells a merge leaves. Undefined when the row below adds nothing (it is then data, not header).
 */
function withSubHeader(
  sheet: LedgerSheet,
  index: number,
  fields: Map<number, LedgerField>,
): Map<number, LedgerField> | undefined {
  const upper = sheet.rows[index]?.cells ?? [];
  const lower = sheet.rows[index + 1]?.cells ?? [];
  if (hasNumbers(lower)) return undefined;
  const merged = new Map(fields);
  let group: LedgerField | undefined;
  let changed = false;
  const width = Math.max(upper.length, lower.length);
  for (let col = 0; col < width; col++) {
    if (cellText(upper[col] ?? null) !== '') group = fields.get(col);
    const below = cellText(lower[col] ?? null);
    if (below === '') continue;
    let field = fieldOfLabel(below);
    if (
      field === undefined &&
      (group === 'adopted' || group === 'submitted') &&
      GROUP_TOTAL.test(normaliseLabel(below))
    ) {
      field = group;
    }
    if (field === undefined || !SUB_FIELDS.has(field) || fields.get(col) === field) continue;
    // Levels sit under 采用数 or an unnamed group (其中); a total only under its own group.
    const fits =
      field === 'adopted' || field === 'submitted'
        ? field === group
        : group === undefined || group === 'adopted';
    if (!fits) continue;
    if (field === 'adopted' || field === 'submitted') {
      // The group's total moves from the group's first column to its 合计 sub-column.
      for (const [c, f] of merged) if (f === field) merged.delete(c);
    } else if ([...merged.values()].includes(field)) {
      continue;
    }
    merged.set(col, field);
    changed = true;
  }
  return changed ? merged : undefined;
}

const complete = (fields: Map<number, LedgerField>) => {
  const present = new Set(fields.values());
  return present.has('unit') && present.has('submitted') && (present.has('adopted') || present.has('city'));
};

/** Finds the header: the first row (below titles) naming a unit, items submitted and items adopted. */
export function findHeader(sheet: LedgerSheet): LedgerHeader | undefined {
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index++) {
    const cells = sheet.rows[index]?.cells ?? [];
    const fields = fieldsOfRow(cells);
    if (!new Set(fields.values()).has('unit')) continue;
    const twoRows = withSubHeader(sheet, index, fields);
    const chosen = twoRows && complete(twoRows) ? twoRows : complete(fields) ? fields : undefined;
    if (!chosen) continue;
    const lower = sheet.rows[index + 1]?.cells ?? [];
    const columns: Partial<Record<LedgerField, number>> = {};
    const labels: Partial<Record<LedgerField, string>> = {};
    for (const [col, field] of chosen) {
      columns[field] = col;
      const own = cellText(cells[col] ?? null);
      const sub = chosen === twoRows ? cellText(lower[col] ?? null) : '';
      labels[field] = sub !== '' && fields.get(col) !== field ? (own === '' ? sub : `${own}/${sub}`) : own;
    }
    return { headerIndex: index, dataIndex: chosen === twoRows ? index + 2 : index + 1, columns, labels };
  }
  return undefined;
}
