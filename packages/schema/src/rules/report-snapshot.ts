import type { Template } from '../metric.ts';
import type { Values } from '../parse-result.ts';

/** One stored report as the cross-report rules see it. */
export interface ReportSnapshot {
  /** Statistics year; null when the parser could not tell. */
  year: number | null;
  template: Template;
  values: Values;
}

/** Reads a cell for a cross-report rule: blank as 0, absent as undefined. */
export function cell(values: Values, code: string): number | undefined {
  const v = values[code];
  return v === undefined ? undefined : (v ?? 0);
}

/** "2021 年" or "本年/上年" when the year is unknown. */
export const yearZh = (year: number | null, fallback: string) => (year === null ? fallback : `${year} 年`);

/** True when both years are known and not consecutive: the pair is not comparable. */
export const notConsecutive = (prev: ReportSnapshot, cur: ReportSnapshot) =>
  prev.year !== null && cur.year !== null && cur.year !== prev.year + 1;
