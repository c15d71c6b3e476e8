import {
  normalizeLabel,
  type RowDef,
  T3_CATEGORIES,
  T3_COLUMNS,
  T3_ROWS,
  T4_GROUPS,
  type Template,
} from '@nianbao/schema';
import { matchAllKey, matchKey, normalisedLabels } from './label-match.ts';
import { cellCode, emptyReading, recordCell, type TableReading } from './table-reading.ts';
import { cellNumber, labelIndices, type TableRow, valueCount } from './table-rows.ts';

const WIDTH = T3_COLUMNS.length;

const ROWS = new Map<Template, readonly RowDef[]>();

/** The rows an edition prints (both editions' rows when it is unknown), one array per edition. */
function rowsOf(template: Template): readonly RowDef[] {
  let rows = ROWS.get(template);
  if (rows === undefined) {
    rows = T3_ROWS.filter((r) => template === 'unknown' || r.editions.includes(template));
    ROWS.set(template, rows);
  }
  return rows;
}

/** The category key (`denied` …) a printed group cell names, e.g. `(三) 不予公开`. */
function categoryOf(key: string): string | undefined {
  return matchKey(key, T3_CATEGORIES)?.key;
}

const categories = new Map<RowDef, string | undefined>();

/** The category a catalogue row sits under (`denied` for `denied.state_secret`), if any. */
function rowCategory(def: RowDef): string | undefined {
  if (!categories.has(def)) categories.set(def, categoryOf(normalizeLabel(def.group)));
  return categories.get(def);
}

// Labels too generic to trust outside their category (其他 under (六)其他处理) or before the
// table has started (总计 also heads a column).
const isGeneric = (def: RowDef) => normalisedLabels(def).every((l) => l.length <= 2);

/**
 * Reads table 3 (依申请公开). Rows are matched in printed order by their row label (the last
 * label cell: `(三) 不予公开 | 1.属于国家秘密` names the group, then the row); the seven applicant
 * columns are aligned from the right. A row whose value cells are all empty is present but blank.
 */
export function readTable3(
  rows: readonly TableRow[],
  template: Template,
  reading: TableReading = emptyReading(),
): TableReading {
  const defs = rowsOf(template);
  let cursor = 0;
  let started = false;
  let category: string | undefined;
  // A matched row printed without any value cell: its values may be on the next line (a label
  // wrapped by PDF-to-text: `（二）部分公开（区分处理的，只计这一情形，不计其` / `他情形） 5 1 0 …`).
  let pending: { row: TableRow; lastLabel: number; key: string } | undefined;
  const settle = (values?: { row: TableRow; lastLabel: number }) => {
    if (pending !== undefined) {
      const from = values ?? pending;
      readValues(reading, from.row, from.lastLabel, pending.key);
    }
    pending = undefined;
  };

  for (const row of rows) {
    const labels = labelIndices(row);
    const hasNumber = row.values.some((v) => v.kind === 'number');
    if (labels.length === 0) {
      if (pending !== undefined && hasNumber && !row.cutOff) settle({ row, lastLabel: -1 });
      continue;
    }
    const keys = row.keys;
    if (started && keys.some((k) => matchKey(k, T4_GROUPS) !== undefined)) break;
    if (isHeader(labels, keys)) continue;

    for (const key of keys) {
      const c = categoryOf(key);
      if (c !== undefined) category = c;
    }
    const lastLabel = labels[labels.length - 1] as number;
    const def = pickRow(keys[keys.length - 1] ?? '', defs, cursor, category, started);
    // A row the file ends in may be cut short: keep it only when it is complete.
    if (row.atEnd && (row.cutOff || valueCount(row) < WIDTH)) continue;
    if (def === undefined) {
      // The rest of a wrapped label, with the values.
      if (pending !== undefined && hasNumber && labels.length === 1) settle({ row, lastLabel });
      continue;
    }
    settle();
    started = true;
    cursor = defs.indexOf(def) + 1;
    // A matched row names its category even when the group cell was lost (printed as a heading).
    category = rowCategory(def);
    if (lastLabel === row.cells.length - 1) pending = { row, lastLabel, key: def.key };
    else readValues(reading, row, lastLabel, def.key);
    if (cursor >= defs.length) break;
  }
  settle();
  return reading;
}

function pickRow(
  key: string,
  defs: readonly RowDef[],
  cursor: number,
  category: string | undefined,
  started: boolean,
): RowDef | undefined {
  const matches = matchAllKey(key, defs).filter((d) => defs.indexOf(d) >= cursor);
  // Prefer a row of the current category: 其他 is other.other under 其他处理 and nothing elsewhere.
  const def = matches.find((d) => category !== undefined && rowCategory(d) === category) ?? matches[0];
  if (def === undefined) return undefined;
  if (isGeneric(def) && !started) return undefined;
  const owner = rowCategory(def);
  if (isGeneric(def) && owner !== undefined && owner !== category) return undefined;
  return def;
}

/** Header rows name applicant columns (自然人, 商业企业, …), not rows. */
function isHeader(labels: readonly number[], keys: readonly string[]): boolean {
  const columnHits = keys.filter((k) => matchKey(k, T3_COLUMNS) !== undefined).length;
  if (columnHits >= 2) return true;
  // Row labels sit side by side at the start; labels separated by blank cells are spanning headers.
  for (let n = 1; n < labels.length; n++) {
    const gap = (labels[n] as number) - (labels[n - 1] as number);
    if (gap > 1) return true;
  }
  return false;
}

function readValues(reading: TableReading, row: TableRow, lastLabel: number, rowKey: string): void {
  let valueCols: number[] = [];
  for (let i = lastLabel + 1; i < row.cells.length; i++) valueCols.push(i);
  const numbers = valueCols.filter((i) => row.values[i]?.kind === 'number');
  if (numbers.length === 0) {
    // Present but blank: every column is null, pointing at the cells left to right.
    const codes = rowCodes(rowKey);
    for (let k = 0; k < codes.length; k++) {
      recordCell(reading, codes[k] as string, null, 't3', row, lastLabel + 1 + k);
    }
    return;
  }
  // A trailing empty cell (stray separator) must not push the numbers one column to the left.
  while (
    valueCols.length > WIDTH &&
    row.values[valueCols[valueCols.length - 1] as number]?.kind === 'blank'
  ) {
    const last = valueCols[valueCols.length - 1] as number;
    if ((row.cells[last]?.text ?? '') !== '') break;
    valueCols = valueCols.slice(0, -1);
  }
  const aligned = valueCols.slice(-WIDTH);
  const offset = WIDTH - aligned.length;
  const codes = rowCodes(rowKey);
  for (let n = 0; n < aligned.length; n++) {
    const col = aligned[n] as number;
    const code = codes[offset + n];
    const value = cellNumber(row.values[col]);
    if (code === undefined || value === undefined) continue;
    recordCell(reading, code, value, 't3', row, col);
  }
}

const ROW_CODES = new Map<string, readonly string[]>();

/** The codes of a table-3 row, one per applicant column in order (one look-up per row, not per cell). */
function rowCodes(rowKey: string): readonly string[] {
  let codes = ROW_CODES.get(rowKey);
  if (codes === undefined) {
    codes = T3_COLUMNS.map((c) => cellCode('t3', rowKey, c.key));
    ROW_CODES.set(rowKey, codes);
  }
  return codes;
}
