import type { ChartData } from './series-rows.ts';
import { changeText, figureText, sentence, yearsText } from './summary-format.ts';

/** What a trend summary needs besides the drawn data: the metric's name and unit. */
export interface TrendSummaryContext {
  metricLabel: string;
  unit: string;
  /**
   * Lines that are different measures of one place (纠错率 of review and of litigation): each line's
   * latest figure is stated, prefixed by the place, instead of ranking the lines.
   */
  measuresOf?: string | undefined;
}

function figureAt(data: Pick<ChartData, 'rows'>, key: string, year: number): number | null {
  const row = data.rows.find((r) => r.year === year);
  const value = row?.[key];
  return typeof value === 'number' ? value : null;
}

/**
 * One or two sentences about a trend chart, from the drawn rows only: the latest year's figure of
 * each line with its change on last year (one line), or the highest and lowest line (several).
 */
export function trendSummary(
  data: Pick<ChartData, 'lines' | 'rows'>,
  context: TrendSummaryContext,
): string[] {
  const { metricLabel, unit } = context;
  const withValue = data.rows.filter((row) => data.lines.some((line) => typeof row[line.key] === 'number'));
  const last = withValue.at(-1);
  const first = withValue[0];
  if (last === undefined || first === undefined) return [`所选范围内${metricLabel}没有数据。`];
  const year = last.year;

  if (data.lines.length === 1) {
    const line = data.lines[0];
    if (line === undefined) return [];
    const current = figureAt(data, line.key, year);
    const lead = sentence(
      `${year}年${line.name}${metricLabel}${current === null ? '' : '为'}${figureText(current, unit)}`,
      changeText(current, figureAt(data, line.key, year - 1), unit),
    );
    const points = data.rows.flatMap((row) => {
      const v = row[line.key];
      return typeof v === 'number' ? [{ year: row.year, value: v }] : [];
    });
    if (points.length < 3) return [lead];
    const high = points.reduce((a, b) => (b.value > a.value ? b : a));
    const low = points.reduce((a, b) => (b.value < a.value ? b : a));
    return [
      lead,
      sentence(
        `${yearsText(first.year, year)}间，最高为${high.year}年的${figureText(high.value, unit)}`,
        `最低为${low.year}年的${figureText(low.value, unit)}`,
      ),
    ];
  }

  const figures = data.lines.map((line) => ({ name: line.name, value: figureAt(data, line.key, year) }));
  if (context.measuresOf !== undefined) {
    const stated = figures.map((f) => `${f.name}${f.value === null ? '' : '为'}${figureText(f.value, unit)}`);
    return [sentence(`${year}年${context.measuresOf}${stated.join('，')}`)];
  }
  const known = figures.filter((f): f is { name: string; value: number } => f.value !== null);
  const missing = figures.length - known.length;
  const high = known.reduce<(typeof known)[number] | undefined>(
    (a, b) => (a === undefined || b.value > a.value ? b : a),
    undefined,
  );
  const low = known.reduce<(typeof known)[number] | undefined>(
    (a, b) => (a === undefined || b.value < a.value ? b : a),
    undefined,
  );
  if (high === undefined || low === undefined)
    return [`${year}年所选${figures.length}条线的${metricLabel}均${figureText(null, unit)}。`];
  const lead = sentence(
    `${year}年所选${figures.length}个地区和机构中，${metricLabel}最高的是${high.name}（${figureText(high.value, unit)}）`,
    known.length > 1 ? `最低的是${low.name}（${figureText(low.value, unit)}）` : undefined,
  );
  if (missing === 0) return [lead];
  return [lead, `另有${missing}个${unit === '%' ? `当年${NOT_COMPUTABLE_REASON}` : '当年无数据'}。`];
}

const NOT_COMPUTABLE_REASON = '无法计算（分母为零或缺失）';
