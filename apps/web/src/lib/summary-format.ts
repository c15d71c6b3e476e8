// Wording shared by the generated chart summaries (汇报材料 style: no space between number and unit).

const percent = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const amount = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** Said of a ratio whose denominator is zero or missing: never 0. */
export const NOT_COMPUTABLE = '无法计算';
/** Said of a count no report gave. */
export const NO_FIGURE = '无数据';

/** A figure in a sentence: `312件`, `12.5%`, `15.91万元`; null → 无法计算 (ratios) or 无数据. */
export function figureText(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return unit === '%' ? NOT_COMPUTABLE : NO_FIGURE;
  }
  if (unit === '%') return `${percent.format(value)}%`;
  return `${amount.format(value)}${unit === '指数' ? '' : unit}`;
}

/** A year range as written in reports: `2024年`, `2019—2024年`. */
export function yearsText(first: number, last: number): string {
  return first === last ? `${first}年` : `${first}—${last}年`;
}

/**
 * The change from last year: a percentage for counts (同比增长18.2%), percentage points for ratios
 * (比上年提高2.1个百分点); undefined when either year has no figure or last year's count was 0.
 */
export function changeText(
  current: number | null,
  previous: number | null,
  unit: string,
): string | undefined {
  if (current === null || previous === null) return undefined;
  if (unit === '%' || unit === '指数') {
    const points = current - previous;
    const step = unit === '%' ? '个百分点' : '';
    if (Math.abs(points) < 0.05) return '与上年持平';
    return `比上年${points > 0 ? '提高' : '降低'}${percent.format(Math.abs(points))}${step}`;
  }
  if (previous === 0) return current === 0 ? '与上年持平' : undefined;
  const rate = ((current - previous) / previous) * 100;
  if (Math.abs(rate) < 0.05) return '与上年持平';
  return `同比${rate > 0 ? '增长' : '下降'}${percent.format(Math.abs(rate))}%`;
}

/** Joins clauses into one sentence: `甲，乙；丙。` (empty clauses dropped). */
export function sentence(...clauses: (string | undefined)[]): string {
  const kept = clauses.filter((c): c is string => c !== undefined && c !== '');
  return kept.length === 0 ? '' : `${kept.join('，')}。`;
}
