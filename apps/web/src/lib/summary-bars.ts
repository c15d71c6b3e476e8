import { figureText, NOT_COMPUTABLE, sentence } from './summary-format.ts';

/** A drawn bar as the summary reads it (names may carry the ⚠ mark of flagged units). */
export interface SummaryBar {
  name: string;
  value: number | null;
  flagged?: boolean | undefined;
}

/** What a comparison summary needs besides the bars: the year, the scope and the metric. */
export interface BarsSummaryContext {
  year: number;
  /** Who is compared: `洛阳市各下级地区`, `嵩县各机构`. */
  scope: string;
  metricLabel: string;
  unit: string;
  /** Counts add up across units; ratios and percentages do not. */
  additive: boolean;
}

const bare = (name: string) => name.replace(/^⚠\s*/, '');

/**
 * One or two sentences about a bar comparison, from the drawn bars only: the highest and lowest
 * unit, the total when the figures add up, and how many units have no figure (无法计算 for ratios).
 */
export function barsSummary(bars: readonly SummaryBar[], context: BarsSummaryContext): string[] {
  const { year, scope, metricLabel, unit } = context;
  const known = bars.filter((b): b is SummaryBar & { value: number } => b.value !== null);
  if (known.length === 0) {
    return [`${year}年度${scope}的${metricLabel}${unit === '%' ? `均${NOT_COMPUTABLE}` : '均无数据'}。`];
  }
  const high = known.reduce((a, b) => (b.value > a.value ? b : a));
  const low = known.reduce((a, b) => (b.value < a.value ? b : a));
  const total = known.reduce((sum, b) => sum + b.value, 0);
  const lead = sentence(
    `${year}年度${scope}中，${metricLabel}最高的是${bare(high.name)}（${figureText(high.value, unit)}）`,
    known.length > 1 ? `最低的是${bare(low.name)}（${figureText(low.value, unit)}）` : undefined,
  );
  const missing = bars.length - known.length;
  const flagged = bars.filter((b) => b.flagged === true).length;
  const second = sentence(
    context.additive
      ? `图中${bars.length}个单位合计${figureText(total, unit)}`
      : `图中共${bars.length}个单位`,
    missing > 0 ? `其中${missing}个${unit === '%' ? NOT_COMPUTABLE : '无数据'}` : undefined,
    flagged > 0 ? `${flagged}个的报告存在错误核对结果（⚠）` : undefined,
  );
  return [lead, second];
}
