import { METRICS, metricByCode } from './catalogue/metrics.ts';
import type { Formula, MetricDef, Template } from './metric.ts';
import type { Fact, Values } from './parse-result.ts';
import { valuesWithFacts } from './values-with-facts.ts';

/** Computed values keyed by code, plus the blank cells that sums read as zero. */
export interface DerivedEvaluation {
  derived: Record<string, number | null>;
  /** Codes of printed-blank cells that entered a sum as 0, in catalogue order. */
  blanksReadAsZero: string[];
}

const COMPUTED: readonly MetricDef[] = METRICS.filter((m) => m.formula !== undefined);

/** Whether a computed metric is computed (rather than printed) for a report of this template. */
function formulaApplies(def: MetricDef, template: Template, source: Values): boolean {
  // Without a recognised edition, a printed value (2019-style `t3.other.*`) wins over its formula.
  if (template === 'unknown') return !(def.code in source);
  return (def.formulaEditions ?? def.editions).includes(template);
}

// Sums of decimal amounts (万元) would otherwise print as 15.910000000000002.
const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Evaluates every category sum and `d.*` metric for one report. Sums: absent when all members are
 * absent, else blanks count as 0. Ratios: percent; null on a missing or non-positive denominator.
 */
export function evaluateDerived(
  values: Values,
  template: Template,
  facts: readonly Fact[] = [],
): DerivedEvaluation {
  const source = valuesWithFacts(values, facts);
  const memo = new Map<string, number | null | undefined>();
  const blanks = new Set<string>();

  const resolve = (code: string): number | null | undefined => {
    const def = metricByCode(code);
    if (def?.formula && formulaApplies(def, template, source)) {
      if (!memo.has(code)) memo.set(code, evaluate(def.formula));
      return memo.get(code);
    }
    return source[code];
  };

  const sum = (codes: readonly string[]): number | undefined => {
    let total: number | undefined;
    for (const code of codes) {
      const v = resolve(code);
      if (v === undefined) continue;
      if (v === null) blanks.add(code);
      total = (total ?? 0) + (v ?? 0);
    }
    return total === undefined ? undefined : tidy(total);
  };

  const evaluate = (formula: Formula): number | null | undefined => {
    if (formula.op === 'sum') return sum(formula.of);
    const num = sum(formula.num);
    const den = sum(formula.den);
    const minus = sum(formula.denMinus ?? []) ?? 0;
    const printed = formula.fallback === undefined ? undefined : source[formula.fallback];
    let ratio: number | null | undefined;
    if (num === undefined && den === undefined) ratio = undefined;
    else if (num === undefined || den === undefined || den - minus <= 0) ratio = null;
    else ratio = (num / (den - minus)) * 100;
    return ratio === undefined || ratio === null ? (printed ?? ratio) : ratio;
  };

  const derived: Record<string, number | null> = {};
  for (const def of COMPUTED) {
    if (!formulaApplies(def, template, source)) continue;
    const v = resolve(def.code);
    if (v !== undefined) derived[def.code] = v;
  }
  const order = new Map(METRICS.map((m, i) => [m.code, i]));
  const blanksReadAsZero = [...blanks].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return { derived, blanksReadAsZero };
}

/** Category sums and `d.*` metrics of one report (see `evaluateDerived`); absent inputs stay absent. */
export function computeDerived(
  values: Values,
  template: Template,
  facts: readonly Fact[] = [],
): Record<string, number | null> {
  return evaluateDerived(values, template, facts).derived;
}
