import { type Edition, T3_COLUMNS, T3_ROWS } from '@nianbao/schema';
import type { SyntheticReport } from '../../model/synthetic-report.ts';
import type { Cell, TableBlock } from './blocks.ts';
import { annotation, cellText, ordinal } from './labels.ts';
import type { ReportStyle } from './style.ts';

const RESULTS = '三、本年度办理结果';
/** Numerals of the result rows labelled on their own. */
const RESULT_NUMERALS: Record<string, string> = { granted: '一', partial: '二', other: '六', total: '七' };

/** How one printed row of table 3 is labelled: the spanning section and category, then its own label. */
interface RowLabel {
  key: string;
  /** 三、本年度办理结果 for result rows; undefined for the four balance rows. */
  section?: string;
  /** (三)不予公开 … for sub-rows; undefined for rows labelled on their own. */
  category?: string;
  label: string;
}

const TOP_LABELS: Record<string, string> = {
  new: '一、本年新收政府信息公开申请数量',
  carried_over: '二、上年结转政府信息公开申请数量',
  carry_forward: '四、结转下年度继续办理',
};

/** Official wording of rows whose catalogue label is a shortened form. */
const FULL_LABELS: Record<string, string> = {
  partial: '部分公开（区分处理的，只计这一情形，不计其他情形）',
  'other.no_correction': '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  'other.no_fee': '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
};

/** Category headings by row-key prefix, with their ordinal numeral. */
const CATEGORIES: Record<string, [string, string]> = {
  denied: ['三', '不予公开'],
  unable: ['四', '无法提供'],
  not_processed: ['五', '不予处理'],
  other: ['六', '其他处理'],
};

function rowLabels(style: ReportStyle, edition: Edition): RowLabel[] {
  const subIndex = new Map<string, number>();
  return T3_ROWS.filter((row) => row.editions.includes(edition)).map((row): RowLabel => {
    const top = TOP_LABELS[row.key];
    if (top) return { key: row.key, label: top };
    const text = FULL_LABELS[row.key] ?? row.labelZh;
    const prefix = row.key.includes('.') ? row.key.slice(0, row.key.indexOf('.')) : undefined;
    const category = prefix ? CATEGORIES[prefix] : undefined;
    if (prefix && category) {
      const n = (subIndex.get(prefix) ?? 0) + 1;
      subIndex.set(prefix, n);
      return {
        key: row.key,
        section: RESULTS,
        category: `${ordinal(style, category[0])}${category[1]}`,
        label: `${n}.${text}`,
      };
    }
    const numeral = RESULT_NUMERALS[row.key] ?? '';
    return { key: row.key, section: RESULTS, label: `${ordinal(style, numeral)}${text}` };
  });
}

/** Consecutive rows sharing `value`, counted from `index` (a rowspan). */
function runLength<T>(items: readonly T[], index: number, value: (item: T) => string | undefined): number {
  const v = value(items[index] as T);
  let n = 1;
  while (index + n < items.length && value(items[index + n] as T) === v) n++;
  return n;
}

function headerRows(style: ReportStyle, labelColumns: number): Cell[][] {
  const note = annotation(style, '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和');
  const center = (text: string, extra: Partial<Cell> = {}): Cell => ({ text, align: 'center', ...extra });
  return [
    [center(note, { rowSpan: 3, colSpan: labelColumns }), center('申请人情况', { colSpan: 7 })],
    [
      center('自然人', { rowSpan: 2 }),
      center('法人或其他组织', { colSpan: 5 }),
      center('总计', { rowSpan: 2 }),
    ],
    T3_COLUMNS.slice(1, 6).map((c) => center(c.key === 'other_org' ? '其他' : c.labelZh)),
  ];
}

/** Label cells of row `i` in the format's layout: section | category | row, spanning where shared. */
function nationalLabels(labels: readonly RowLabel[], i: number): Cell[] {
  const l = labels[i] as RowLabel;
  const prev = labels[i - 1];
  if (!l.section) return [{ text: l.label, colSpan: 3, align: 'left' }];
  const cells: Cell[] = [];
  if (prev?.section !== l.section) {
    cells.push({ text: l.section, rowSpan: runLength(labels, i, (x) => x.section), align: 'center' });
  }
  if (!l.category) return [...cells, { text: l.label, colSpan: 2, align: 'left' }];
  if (prev?.category !== l.category) {
    cells.push({ text: l.category, rowSpan: runLength(labels, i, (x) => x.category), align: 'center' });
  }
  return [...cells, { text: l.label, align: 'left' }];
}

/** The sample's grouping: the category, or 三、本年度办理结果 for the first two result rows. */
const compactGroup = (l: RowLabel) =>
  l.category ?? (l.key === 'granted' || l.key === 'partial' ? RESULTS : undefined);

/** Label cells of row `i` in the sample's two-column layout. */
function compactLabels(labels: readonly RowLabel[], i: number): Cell[] {
  const l = labels[i] as RowLabel;
  const prev = labels[i - 1];
  if (!l.section) return [{ text: l.label, colSpan: 2, align: 'left' }];
  const group = compactGroup(l);
  const first: Cell[] =
    group === undefined
      ? [{ text: '' }]
      : !prev || compactGroup(prev) !== group
        ? [{ text: group, rowSpan: runLength(labels, i, compactGroup), align: 'center' }]
        : [];
  return [...first, { text: l.label, align: 'left' }];
}

/**
 * Table 3 as real reports lay it out. `national`: three label columns (section, category, row),
 * as the format's template; `compact`: two, the category on its first sub-row and 三、本年度办理结果
 * on the first two result rows, as in the real sample. Only rows with printed values appear, so
 * a truncated report's table simply stops.
 */
export function buildTable3(report: SyntheticReport, style: ReportStyle): TableBlock {
  const labelColumns = style.t3Layout === 'national' ? 3 : 2;
  const labels = rowLabels(style, report.edition).filter((l) =>
    T3_COLUMNS.some((c) => `t3.${l.key}.${c.key}` in report.values),
  );
  const rows = headerRows(style, labelColumns);
  labels.forEach((l, i) => {
    const cells = labelColumns === 3 ? nationalLabels(labels, i) : compactLabels(labels, i);
    for (const col of T3_COLUMNS)
      cells.push({ text: cellText(style, report.values[`t3.${l.key}.${col.key}`]), align: 'center' });
    rows.push(cells);
  });
  const widths = labelColumns === 3 ? [1.2, 1.2, 3, 1, 1, 1, 1, 1, 1, 1] : [1.4, 3.4, 1, 1, 1, 1, 1, 1, 1];
  return { type: 'table', table: 't3', columns: labelColumns + 7, widths, rows };
}
