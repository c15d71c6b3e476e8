import { type Fact, METRICS, metricByCode, type Template, type Values } from '@nianbao/schema';
import { type Aggregation, aggregateInputs, aggregationOf, partSum } from '../queries/aggregate-metric.ts';

/** The code of the rollup rows that count reports (`reports`) and flagged reports (`flagged`). */
export const REPORTS_CODE = '';

/** Where a report's figures are counted: its agency's rollup region and kind, and its year. */
export interface RollupKey {
  regionId: number;
  kind: string;
  year: number;
}

/** What one or more reports add to a rollup row. */
export interface RollupTotals {
  total: number;
  den: number;
  reports: number;
  flagged: number;
  editions2019: number;
  editions2021: number;
}

/** Totals that add nothing. */
export const zeroTotals = (): RollupTotals => ({
  total: 0,
  den: 0,
  reports: 0,
  flagged: 0,
  editions2019: 0,
  editions2021: 0,
});

/** A counted report as the rollups see it: counted under each of `regionIds` (see rollupChainOf). */
export interface CountedReport extends Omit<RollupKey, 'regionId'> {
  regionIds: readonly number[];
  template: Template;
  flagged: boolean;
  /** Its values as the read models load them (readModelValues). */
  values: Values;
}

interface RollupMetric {
  code: string;
  how: Aggregation;
  inputs: readonly string[];
  num: readonly string[];
  den: readonly string[];
  denMinus: readonly string[];
}

const ROLLUP_METRICS: readonly RollupMetric[] = METRICS.map((m) => {
  const formula = m.formula?.op === 'ratio' ? m.formula : undefined;
  return {
    code: m.code,
    how: aggregationOf(m.code),
    inputs: aggregateInputs(m.code),
    num: formula?.num ?? [],
    den: formula?.den ?? [],
    denMinus: formula?.denMinus ?? [],
  };
});

/**
 * A report's values as loadMetricValues reads them: narrative codes from the first coded fact in
 * the text, printed cells, then category sums and `d.*` from the derived values, which win.
 */
export function readModelValues(
  printed: Values,
  derived: Readonly<Record<string, number | null>>,
  facts: readonly Pick<Fact, 'code' | 'value' | 'start'>[],
): Values {
  const values: Values = {};
  // Stable: of facts at the same offset the one stored first (written first) wins.
  const ordered = [...facts].sort((a, b) => a.start - b.start);
  for (const fact of ordered) {
    if (fact.code === null || fact.code in values) continue;
    if (metricByCode(fact.code)?.table === 'narrative') values[fact.code] = fact.value;
  }
  for (const [code, value] of Object.entries(printed)) {
    const def = metricByCode(code);
    if (def && def.table !== 'narrative' && def.table !== 'derived') values[code] = value;
  }
  for (const [code, value] of Object.entries(derived)) {
    const def = metricByCode(code);
    if (def?.formula && def.table !== 'narrative') values[code] = value;
  }
  return values;
}

/** The rollup rows' key as one string: code, region, year and kind. */
export const rollupRowKey = (code: string, key: RollupKey) =>
  `${code}\u0000${key.regionId}\u0000${key.year}\u0000${key.kind}`;

/**
 * Adds what one report contributes to every metric's rollup row of its key (aggregateMetric's
 * rules: sums of present codes, blanks as 0; a ratio's two sides only when the report states both)
 * into `into`, signed: -1 takes a report back out.
 */
export function addContribution(into: Map<string, RollupTotals>, report: CountedReport, sign: 1 | -1): void {
  for (const regionId of report.regionIds)
    addUnder(into, report, { regionId, kind: report.kind, year: report.year }, sign);
}

function addUnder(into: Map<string, RollupTotals>, report: CountedReport, at: RollupKey, sign: 1 | -1): void {
  const add = (code: string, part: Pick<RollupTotals, 'total' | 'den' | 'reports'>, carrying: boolean) => {
    const key = rollupRowKey(code, at);
    const row = into.get(key) ?? zeroTotals();
    row.total += sign * part.total;
    row.den += sign * part.den;
    row.reports += sign * part.reports;
    if (carrying && report.flagged) row.flagged += sign;
    if (carrying && report.template === '2019') row.editions2019 += sign;
    if (carrying && report.template === '2021') row.editions2021 += sign;
    into.set(key, row);
  };
  // Every report of the key, flagged or not; its editions are not needed.
  const key = rollupRowKey(REPORTS_CODE, at);
  const reports = into.get(key) ?? zeroTotals();
  reports.reports += sign;
  if (report.flagged) reports.flagged += sign;
  into.set(key, reports);
  const { values } = report;
  for (const metric of ROLLUP_METRICS) {
    const carrying = metric.inputs.some((code) => code in values);
    if (!carrying) continue;
    if (metric.how === 'ratio') {
      const n = partSum(values, metric.num);
      const d = partSum(values, metric.den);
      const both = n !== undefined && d !== undefined;
      const den = both ? d - (partSum(values, metric.denMinus) ?? 0) : 0;
      add(metric.code, { total: both ? n : 0, den, reports: both ? 1 : 0 }, true);
    } else {
      // Sums and printed percentages alike: carried means present (a blank counts, as 0).
      const value = metric.how === 'sum' ? (values[metric.code] ?? 0) : 0;
      add(metric.code, { total: value, den: 0, reports: 1 }, true);
    }
  }
}

/** Splits a rollupRowKey back into its parts. */
export function parseRollupRowKey(key: string): {
  code: string;
  regionId: number;
  year: number;
  kind: string;
} {
  const [code = '', regionId = '0', year = '0', kind = ''] = key.split('\u0000');
  return { code, regionId: Number(regionId), year: Number(year), kind };
}
