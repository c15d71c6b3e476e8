import type { Fact, Values } from './parse-result.ts';

/**
 * Printed cell values plus the coded narrative facts, so formulas and rules can read both through
 * one map. A printed value wins over a fact; of several facts with one code the first (earliest in
 * the text, as the parser emits them) is taken.
 */
export function valuesWithFacts(values: Values, facts: readonly Fact[] = []): Values {
  const merged: Values = { ...values };
  for (const fact of facts) {
    if (fact.code !== null && !(fact.code in merged)) merged[fact.code] = fact.value;
  }
  return merged;
}
