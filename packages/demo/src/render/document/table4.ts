import { T4_COLUMNS, T4_GROUPS } from '@nianbao/schema';
import type { SyntheticReport } from '../../model/synthetic-report.ts';
import type { Cell, TableBlock } from './blocks.ts';
import { cellText } from './labels.ts';
import type { ReportStyle } from './style.ts';

const center = (text: string, extra: Partial<Cell> = {}): Cell => ({ text, align: 'center', ...extra });

/**
 * Table 4 with the format's three header lines — 行政复议 | 行政诉讼; the review outcomes (spanning
 * two lines) beside 未经复议直接起诉 | 复议后起诉; the suit outcomes — then the fifteen numbers.
 * Returns nothing when the report prints no table 4 (a truncated file).
 */
export function buildTable4(report: SyntheticReport, style: ReportStyle): TableBlock | null {
  const codes = T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => `t4.${g.key}.${c.key}`));
  if (!codes.some((code) => code in report.values)) return null;
  const outcomes = (extra: Partial<Cell> = {}) => T4_COLUMNS.map((c) => center(c.labelZh, extra));
  const [review, direct, afterReview] = T4_GROUPS;
  const rows: Cell[][] = [
    [
      center(review?.labelZh ?? '行政复议', { colSpan: 5 }),
      center(direct?.group ?? '行政诉讼', { colSpan: 10 }),
    ],
    [
      ...outcomes({ rowSpan: 2 }),
      center(direct?.labelZh ?? '未经复议直接起诉', { colSpan: 5 }),
      center(afterReview?.labelZh ?? '复议后起诉', { colSpan: 5 }),
    ],
    [...outcomes(), ...outcomes()],
    codes.map((code) => center(cellText(style, report.values[code]))),
  ];
  return { type: 'table', table: 't4', columns: 15, widths: new Array<number>(15).fill(1), rows };
}
