import { metricByCode, type Values } from '@nianbao/schema';

/** How a metric adds up over several reports (a region, a group of agencies). */
export type Aggregation = 'sum' | 'ratio' | 'none';

/** An aggregated value and how many reports carried what it was computed from. */
export interface Aggregate {
  value: number | null;
  reportCount: number;
}

/**
 * Counts and sums add up; a ratio is recomputed from its summed numerator and denominator (never an
 * average of percentages); a printed percentage does not aggregate at all.
 */
export function aggregationOf(code: string): Aggregation {
  const def = metricByCode(code);
  if (def?.formula?.op === 'ratio') return 'ratio';
  return def?.unit === '%' ? 'none' : 'sum';
}

/** The per-report codes an aggregate of this metric is computed from. */
export function aggregateInputs(code: string): string[] {
  const formula = metricByCode(code)?.formula;
  if (formula?.op !== 'ratio') return [code];
  return [...formula.num, ...formula.den, ...(formula.denMinus ?? [])];
}

// Sums of decimal amounts (万元) would otherwise print as 15.910000000000002.
const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

/** Present codes summed with blanks as 0; undefined when none of them is present. */
export function partSum(values: Values, codes: readonly string[]): number | undefined {
  let total: number | undefined;
  for (const code of codes) {
    if (!(code in values)) continue;
    total = (total ?? 0) + (values[code] ?? 0);
  }
  return total;
}

/** Aggregates one metric over the given reports' values (as loaded for `aggregateInputs`). */
export function aggregateMetric(code: string, reports: readonly Values[]): Aggregate {
  const how = aggregationOf(code);
  const formula = metricByCode(code)?.formula;
  if (how === 'ratio' && formula?.op === 'ratio') {
    let num = 0;
    let den = 0;
    let reportCount = 0;
    for (const values of reports) {
      const n = partSum(values, formula.num);
      const d = partSum(values, formula.den);
      // A report contributes only when it states both sides of the ratio.
      if (n === undefined || d === undefined) continue;
      num += n;
      den += d - (partSum(values, formula.denMinus ?? []) ?? 0);
      reportCount += 1;
    }
    return { value: reportCount > 0 && den > 0 ? (num / den) * 100 : null, reportCount };
  }
  const carrying = reports.filter((values) => code in values);
  if (how === 'none') return { value: null, reportCount: carrying.length };
  if (carrying.length === 0) return { value: null, reportCount: 0 };
  return {
    value: tidy(carrying.reduce((sum, values) => sum + (values[code] ?? 0), 0)),
    reportCount: carrying.length,
  };
}
