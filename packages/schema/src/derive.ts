import { type DerivedEvaluation, evaluateCells } from './derive-cells.ts';
import type { Template } from './metric.ts';
import type { Fact, Values } from './parse-result.ts';
import { ReportCells } from './report-cells.ts';

export type { DerivedEvaluation } from './derive-cells.ts';

/**
 * Evaluates every category sum and `d.*` metric for one report. Sums: absent when all members are
 * absent, else blanks count as 0. Ratios: percent; null on a missing or non-positive denominator.
 */
export function evaluateDerived(
  values: Values,
  template: Template,
  facts: readonly Fact[] = [],
): DerivedEvaluation {
  return evaluateCells(new ReportCells(values, facts), template);
}

/** Category sums and `d.*` metrics of one report (see `evaluateDerived`); absent inputs stay absent. */
export function computeDerived(
  values: Values,
  template: Template,
  facts: readonly Fact[] = [],
): Record<string, number | null> {
  return evaluateDerived(values, template, facts).derived;
}
