import {
  type Edition,
  T2_BLOCKS,
  T3_COLUMNS,
  T3_ROWS,
  T4_COLUMNS,
  T4_GROUPS,
  type Values,
} from '@nianbao/schema';
import type { DocFigures, ItemFigures, T2Figures, T3Matrix, T4Matrix, YearFigures } from './figures.ts';

/** Printing habits that change which cells are blank or present, not the figures themselves. */
export interface PrintHabits {
  /** Zero cells of the 办理结果 rows are left blank, as the real sample does. */
  blankZeroResults: boolean;
  /** A 2021 table that still prints the dropped 其他对外管理服务事项 row. */
  keepOtherServices: boolean;
}

const T2_ROW_FIGURES: Record<string, (t2: T2Figures) => object> = {
  regulations: (t2) => t2.regulations,
  normative: (t2) => t2.normative,
  license: (t2) => t2.license,
  other_services: (t2) => t2.otherServices,
  punishment: (t2) => t2.punishment,
  coercion: (t2) => t2.coercion,
  fees: (t2) => t2.fees,
  procurement: (t2) => t2.procurement,
};

/** Column key of the layout → field of the generator's figures. */
const T2_COLUMN_FIELDS: Record<string, keyof DocFigures | keyof ItemFigures | 'amount' | 'count'> = {
  made: 'made',
  published: 'published',
  total_public: 'totalPublic',
  repealed: 'repealed',
  in_force: 'inForce',
  prev_items: 'prevItems',
  change: 'change',
  decisions: 'decisions',
  amount: 'amount',
  count: 'count',
};

function t2Value(t2: T2Figures, row: string, col: string): number {
  const figures = T2_ROW_FIGURES[row]?.(t2) as Record<string, number> | undefined;
  const field = T2_COLUMN_FIELDS[col];
  const v = figures && field ? figures[field] : undefined;
  if (v === undefined) throw new Error(`no generated figure for t2.${row}.${col}`);
  return v;
}

/** The printed row of table 3: 2019's single 其他处理 row is the sum of the three sub-rows. */
export function t3Row(t3: T3Matrix, row: string): readonly number[] {
  if (row === 'other') {
    return t3['other.no_correction'].map(
      (v, i) => v + (t3['other.no_fee'][i] ?? 0) + (t3['other.other'][i] ?? 0),
    );
  }
  const r = (t3 as Record<string, number[]>)[row];
  if (!r) throw new Error(`no generated table-3 row ${row}`);
  return r;
}

const BALANCE_ROWS = new Set(['new', 'carried_over', 'total', 'carry_forward']);

/** Table-2 codes of an edition (plus the tolerated 其他对外管理服务事项 row when kept). */
export function projectT2(t2: T2Figures, edition: Edition, habits: PrintHabits, values: Values = {}): Values {
  for (const block of T2_BLOCKS[edition]) {
    for (const row of block.rows) {
      const printed = row.editions.includes(edition) || (row.tolerated === true && habits.keepOtherServices);
      if (!printed) continue;
      for (const col of block.columns) values[`t2.${row.key}.${col.key}`] = t2Value(t2, row.key, col.key);
    }
  }
  return values;
}

/** Table-3 codes of an edition, zero result cells blank when the habit says so. */
export function projectT3(t3: T3Matrix, edition: Edition, habits: PrintHabits, values: Values = {}): Values {
  for (const row of T3_ROWS) {
    if (!row.editions.includes(edition)) continue;
    const numbers = t3Row(t3, row.key);
    T3_COLUMNS.forEach((col, i) => {
      const v = numbers[i] ?? 0;
      const blank = habits.blankZeroResults && v === 0 && !BALANCE_ROWS.has(row.key);
      values[`t3.${row.key}.${col.key}`] = blank ? null : v;
    });
  }
  return values;
}

/** The fifteen table-4 codes. */
export function projectT4(t4: T4Matrix, values: Values = {}): Values {
  for (const g of T4_GROUPS) {
    T4_COLUMNS.forEach((col, i) => {
      values[`t4.${g.key}.${col.key}`] = t4[g.key]?.[i] ?? 0;
    });
  }
  return values;
}

/**
 * Every cell an edition prints, keyed by metric code. The tables write into one object: spreading
 * maps of some two hundred keys is slow enough to matter at province scale.
 */
export function projectValues(
  figures: Omit<YearFigures, 'narrative'>,
  edition: Edition,
  habits: PrintHabits,
): Values {
  const values: Values = {};
  projectT2(figures.t2, edition, habits, values);
  projectT3(figures.t3, edition, habits, values);
  projectT4(figures.t4, values);
  return values;
}
