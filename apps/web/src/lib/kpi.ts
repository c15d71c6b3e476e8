import { formatNumber, NO_VALUE } from './format-value.ts';

/** One value of a yearly series (null: no report, or a ratio without a denominator). */
export interface YearValue {
  year: number;
  value: number | null;
}

/** A KPI card's figures for one year: the value, last year's, the change, and the line so far. */
export interface KpiFigure {
  year: number;
  value: number | null;
  previous: number | null;
  /** value − previous; null when either is missing. For a percentage it is in percentage points. */
  delta: number | null;
  /** Relative change in percent; null when previous is 0 or missing, or the metric is a percentage. */
  deltaPercent: number | null;
  /** The series up to and including the year, one point per year from the first point on. */
  spark: YearValue[];
}

/** The latest year that has a number in any of the series; undefined when none has. */
export function latestYear(series: readonly (readonly YearValue[])[]): number | undefined {
  let latest: number | undefined;
  for (const points of series) {
    for (const p of points) {
      if (p.value !== null && (latest === undefined || p.year > latest)) latest = p.year;
    }
  }
  return latest;
}

/** Reads a KPI for `year` from a metric's yearly series; `unit` decides how the change is expressed. */
export function kpiFigure(points: readonly YearValue[], year: number, unit: string): KpiFigure {
  const byYear = new Map<number, number | null>();
  for (const p of points) {
    // A year with two points (two reports) keeps the first number.
    if (byYear.get(p.year) == null) byYear.set(p.year, p.value);
  }
  const value = byYear.get(year) ?? null;
  const previous = byYear.get(year - 1) ?? null;
  const delta = value !== null && previous !== null ? value - previous : null;
  const deltaPercent =
    unit !== '%' && delta !== null && previous !== null && previous !== 0 ? (delta / previous) * 100 : null;
  const years = [...byYear.keys()].filter((y) => y <= year);
  const spark: YearValue[] = [];
  if (years.length > 0) {
    for (let y = Math.min(...years); y <= year; y++) spark.push({ year: y, value: byYear.get(y) ?? null });
  }
  return { year, value, previous, delta, deltaPercent, spark };
}

/** The change from last year as a card prints it: `+3 件（+12.5%）`, `-1.2 个百分点`, or —. */
export function formatDelta(figure: Pick<KpiFigure, 'delta' | 'deltaPercent'>, unit: string): string {
  const { delta, deltaPercent } = figure;
  if (delta === null) return NO_VALUE;
  const sign = delta > 0 ? '+' : '';
  if (unit === '%') return `${sign}${formatNumber(delta, '%')} 个百分点`;
  const absolute = `${sign}${formatNumber(delta, unit)}${unit === '' ? '' : ` ${unit}`}`;
  if (deltaPercent === null) return absolute;
  return `${absolute}（${deltaPercent > 0 ? '+' : ''}${formatNumber(deltaPercent, '%')}%）`;
}

/** Direction of a change for colouring and screen readers. */
export function deltaDirection(delta: number | null): 'up' | 'down' | 'flat' | 'none' {
  if (delta === null) return 'none';
  return delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
}
