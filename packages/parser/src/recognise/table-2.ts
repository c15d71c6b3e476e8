import { type ColumnDef, EDITIONS, type Edition, T2_BLOCKS, type T2Block } from '@nianbao/schema';
import { type CellValue, inTenThousandYuan } from '../cell-value.ts';
import { matchKey, normalisedLabels } from './label-match.ts';
import { cellCode, emptyReading, recordCell, type TableReading } from './table-reading.ts';
import { cellNumber, labelIndices, type TableRow, valueCount } from './table-rows.ts';

// 第二十条第（五）项 — the numeral names the block; brackets and spacing vary.
const ITEM = /第二十条第\(?([一二三四五六七八九十]+)\)?项/u;

/** The numeral of a 第二十条 item (`五`), or null when the text names none. */
function itemNumeral(text: string): string | null {
  return ITEM.exec(text.normalize('NFKC').replace(/\s+/gu, ''))?.[1] ?? null;
}

// The catalogue's blocks name their items once and for all: read each numeral once, not per row.
const blockNumerals = new WeakMap<T2Block, string | null>();

function blockNumeral(block: T2Block): string | null {
  let numeral = blockNumerals.get(block);
  if (numeral === undefined) {
    numeral = itemNumeral(block.item);
    blockNumerals.set(block, numeral);
  }
  return numeral;
}

const ANY_COLUMN: ReadonlySet<string> = new Set(
  EDITIONS.flatMap((e) => T2_BLOCKS[e].flatMap((b) => b.columns.flatMap((c) => normalisedLabels(c)))),
);

const ALL_BLOCKS: readonly T2Block[] = EDITIONS.flatMap((e) => T2_BLOCKS[e]);
const MEMO_LIMIT = 4096;
const namesT2 = new Map<string, boolean>();

/**
 * Whether a label key names a column or a row of any table-2 block of either edition (memoised):
 * a row none of whose labels does can be neither a header nor a data row of table 2, and most rows
 * of a report (tables 3 and 4) are such rows.
 */
function mayNameT2(key: string): boolean {
  let hit = namesT2.get(key);
  if (hit === undefined) {
    hit = ALL_BLOCKS.some(
      (b) => matchKey(key, b.columns) !== undefined || matchKey(key, b.rows) !== undefined,
    );
    if (namesT2.size >= MEMO_LIMIT) namesT2.clear();
    namesT2.set(key, hit);
  }
  return hit;
}

/** Where the columns of the current block sit, from its header row. */
interface Header {
  /** Cell index of the row-label column in the header (信息内容), used to align data rows. */
  labelAt: number;
  columns: Map<string, number>;
}

/**
 * Reads table 2 (主动公开): block headings (第二十条第（X）项) set the block, a header row gives
 * the column positions, and data rows are matched by their row label to the block's rows. A
 * data row found under no heading is matched against every block of the edition.
 */
export function readTable2(
  rows: readonly TableRow[],
  edition: Edition,
  reading: TableReading = emptyReading(),
): TableReading {
  const blocks = T2_BLOCKS[edition];
  let block: T2Block | undefined;
  let header: Header | undefined;

  for (const row of rows) {
    const labels = labelIndices(row);
    for (const i of labels) {
      const text = row.cells[i]?.text ?? '';
      if (!text.includes('第二十条')) continue;
      const numeral = itemNumeral(text);
      if (numeral === null) continue;
      block = blocks.find((b) => blockNumeral(b) === numeral);
      header = undefined;
    }
    const keys = row.keys;
    if (!keys.some(mayNameT2)) continue;

    // The current block's columns first: (五) and (六) of 2019 share theirs.
    const found = headerOf(labels, keys, block ? [block, ...blocks.filter((b) => b !== block)] : blocks);
    if (found !== undefined) {
      block = found.block;
      header = found.header;
      continue;
    }

    for (const [n, i] of labels.entries()) {
      const key = keys[n] ?? '';
      const inBlock = block ? matchKey(key, block.rows) : undefined;
      const owner = inBlock ? block : blocks.find((b) => matchKey(key, b.rows) !== undefined);
      const def = inBlock ?? (owner ? matchKey(key, owner.rows) : undefined);
      if (owner === undefined || def === undefined) continue;
      if (
        header !== undefined &&
        ![...header.columns.keys()].every((k) => owner.columns.some((c) => c.key === k))
      ) {
        header = undefined;
      }
      block = owner;
      // A row the file ends in may be cut short: keep it only when it is complete.
      if (row.atEnd && (row.cutOff || valueCount(row) < owner.columns.length)) break;
      readDataRow(reading, row, i, def.key, owner.columns, header);
      break;
    }
  }
  return reading;
}

function headerOf(
  labels: readonly number[],
  keys: readonly string[],
  candidates: readonly T2Block[],
): { block: T2Block; header: Header } | undefined {
  for (const block of candidates) {
    const columns = new Map<string, number>();
    labels.forEach((i, n) => {
      const def = matchKey(keys[n] ?? '', block.columns);
      if (def !== undefined && !columns.has(def.key)) columns.set(def.key, i);
    });
    if (columns.size === 0) continue;
    const first = Math.min(...columns.values());
    // The row-label column (信息内容) is the last label before the first column that is not a
    // column of either edition (a 2021 report may print 上一年项目数量 the 2021 layout lacks).
    const before = labels.filter((i, n) => i < first && !ANY_COLUMN.has(keys[n] ?? ''));
    const labelAt = before.length > 0 ? (before[before.length - 1] as number) : first - 1;
    return { block, header: { labelAt, columns } };
  }
  return undefined;
}

function readDataRow(
  reading: TableReading,
  row: TableRow,
  labelAt: number,
  rowKey: string,
  columns: readonly ColumnDef[],
  found: Header | undefined,
): void {
  // A header missing some of the block's columns (shortened, garbled or split over lines) cannot
  // place them; when the row prints exactly one value per column, their order is the format's.
  const values = row.values.length - labelAt - 1;
  const header =
    found !== undefined && found.columns.size < columns.length && values === columns.length
      ? undefined
      : found;
  columns.forEach((column, order) => {
    const at = header?.columns.get(column.key);
    // Without a header the values follow the label in the format's column order.
    const col =
      header === undefined ? labelAt + 1 + order : at === undefined ? -1 : labelAt + (at - header.labelAt);
    if (col <= labelAt) return;
    const value = col < row.cells.length ? valueIn(column, row.values[col]) : undefined;
    if (value === undefined) return;
    recordCell(reading, cellCode('t2', rowKey, column.key), value, 't2', row, col);
  });
}

/** A cell read for its column: amounts in 万元 (a cell printed in 元 is converted), else as printed. */
function valueIn(column: ColumnDef, cell: CellValue | undefined): number | null | undefined {
  if (cell === undefined) return undefined;
  return column.unit === '万元' ? inTenThousandYuan(cell) : cellNumber(cell);
}
