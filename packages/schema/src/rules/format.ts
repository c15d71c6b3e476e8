import { T3_COLUMNS, T3_ROWS } from '../catalogue/t3-layout.ts';
import { T4_COLUMNS, T4_GROUPS } from '../catalogue/t4-layout.ts';

/** Sums and comparisons tolerate floating-point noise from decimal amounts. */
export const EPSILON = 1e-6;

export const sumOf = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export const differs = (a: number, b: number) => Math.abs(a - b) > EPSILON;

/** A number as a report prints it: integers plain, decimals with at most four places. */
export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(4)));
}

/** "自然人 1 + 商业企业 0" */
export const terms = (parts: readonly (readonly [string, number])[]) =>
  parts.map(([label, n]) => `${label} ${fmt(n)}`).join(' + ');

/** Chinese label of a table-3 column key. */
export const t3ColumnZh = (key: string) => T3_COLUMNS.find((c) => c.key === key)?.labelZh ?? key;

/** Chinese label of a table-3 row key; 2021 其他处理 sub-rows carry their heading ("其他" alone is ambiguous). */
export function t3RowZh(key: string): string {
  const label = T3_ROWS.find((r) => r.key === key)?.labelZh ?? key;
  return key.startsWith('other.') ? `其他处理·${label}` : label;
}

/** Chinese label of a table-4 group, with its 行政诉讼 heading where it has one. */
export function t4GroupZh(key: string): string {
  const g = T4_GROUPS.find((x) => x.key === key);
  if (!g) return key;
  return g.group === g.labelZh ? g.labelZh : `${g.group}（${g.labelZh}）`;
}

/** Chinese label of a table-4 column key. */
export const t4ColumnZh = (key: string) => T4_COLUMNS.find((c) => c.key === key)?.labelZh ?? key;
