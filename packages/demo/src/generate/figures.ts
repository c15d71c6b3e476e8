import { T3_COLUMNS, T4_COLUMNS, T4_GROUPS } from '@nianbao/schema';
import type { NarrativeFigures } from '../model/synthetic-report.ts';

/** Normative documents or regulations: what both editions' table-2 columns are computed from. */
export interface DocFigures {
  made: number;
  published: number;
  repealed: number;
  inForce: number;
  totalPublic: number;
}

/** A 2019-edition item row (license, punishment …): items at last year's end, change, decisions. */
export interface ItemFigures {
  prevItems: number;
  change: number;
  decisions: number;
}

/** Everything table 2 of either edition prints, before projection onto one edition's cells. */
export interface T2Figures {
  regulations: DocFigures;
  normative: DocFigures;
  license: ItemFigures;
  otherServices: ItemFigures;
  punishment: ItemFigures;
  coercion: ItemFigures;
  fees: { prevItems: number; change: number; amount: number };
  procurement: { count: number; amount: number };
}

/**
 * Result rows of table 3 as the generator keeps them: 其他处理 always as its three 2021 sub-rows,
 * summed when a 2019 table is printed.
 */
export const T3_RESULT_ROWS = [
  'granted',
  'partial',
  'denied.state_secret',
  'denied.law_forbidden',
  'denied.three_safety',
  'denied.third_party',
  'denied.internal_affairs',
  'denied.process_info',
  'denied.enforcement_file',
  'denied.query_matter',
  'unable.not_held',
  'unable.needs_creation',
  'unable.unclear',
  'not_processed.petition',
  'not_processed.repeat',
  'not_processed.publication',
  'not_processed.mass_repeat',
  'not_processed.confirm',
  'other.no_correction',
  'other.no_fee',
  'other.other',
] as const;

/** Rows kept per table-3 matrix: the four balance rows plus every result row. */
export const T3_MATRIX_ROWS = ['new', 'carried_over', ...T3_RESULT_ROWS, 'total', 'carry_forward'] as const;
export type T3MatrixRow = (typeof T3_MATRIX_ROWS)[number];

/** Table 3 as counts per row, one number per applicant column in `T3_COLUMNS` order. */
export type T3Matrix = Record<T3MatrixRow, number[]>;
/** Table 4 as counts per group, one number per outcome column in `T4_COLUMNS` order. */
export type T4Matrix = Record<string, number[]>;

/** One agency's true figures for one year, before printing choices and flaws. */
export interface YearFigures {
  t2: T2Figures;
  t3: T3Matrix;
  t4: T4Matrix;
  narrative: NarrativeFigures;
}

export const T3_WIDTH = T3_COLUMNS.length;
export const T4_WIDTH = T4_COLUMNS.length;

/** An all-zero table-3 matrix. */
export function emptyT3(): T3Matrix {
  return Object.fromEntries(T3_MATRIX_ROWS.map((r) => [r, new Array<number>(T3_WIDTH).fill(0)])) as T3Matrix;
}

/** An all-zero table-4 matrix. */
export function emptyT4(): T4Matrix {
  return Object.fromEntries(T4_GROUPS.map((g) => [g.key, new Array<number>(T4_WIDTH).fill(0)]));
}

const round4 = (n: number) => Math.round(n * 10000) / 10000;

const addNumbers = <T extends object>(a: T, b: T): T => {
  const out = { ...a } as Record<string, number>;
  for (const [k, v] of Object.entries(b)) out[k] = round4((out[k] ?? 0) + (v as number));
  return out as T;
};

const addRows = (a: Record<string, number[]>, b: Record<string, number[]>) => {
  const out: Record<string, number[]> = {};
  for (const [k, row] of Object.entries(a)) {
    const other = b[k] ?? [];
    out[k] = row.map((v, i) => v + (other[i] ?? 0));
  }
  return out;
};

/** Adds the tables of several units: a government's summary report is the sum of its units' tables. */
export function sumTables(parts: readonly YearFigures[]): Omit<YearFigures, 'narrative'> {
  const [first, ...rest] = parts;
  if (!first) throw new RangeError('sumTables needs at least one unit');
  let t2 = first.t2;
  let t3: Record<string, number[]> = first.t3;
  let t4 = first.t4;
  for (const p of rest) {
    t2 = {
      regulations: addNumbers(t2.regulations, p.t2.regulations),
      normative: addNumbers(t2.normative, p.t2.normative),
      license: addNumbers(t2.license, p.t2.license),
      otherServices: addNumbers(t2.otherServices, p.t2.otherServices),
      punishment: addNumbers(t2.punishment, p.t2.punishment),
      coercion: addNumbers(t2.coercion, p.t2.coercion),
      fees: addNumbers(t2.fees, p.t2.fees),
      procurement: addNumbers(t2.procurement, p.t2.procurement),
    };
    t3 = addRows(t3, p.t3);
    t4 = addRows(t4, p.t4);
  }
  return { t2, t3: t3 as T3Matrix, t4 };
}
