import type { Fact, Values } from './parse-result.ts';

/**
 * One report's printed values and coded facts read as the single map `valuesWithFacts` would build,
 * without copying the values: rules and formulas read a few hundred cells per report, and copying
 * every printed cell into a new object cost more than reading them.
 */
export class ReportCells {
  readonly values: Values;
  /** Facts whose code no printed cell has, first one per code (as `valuesWithFacts` merges them). */
  private readonly facts: Map<string, number> | undefined;

  constructor(values: Values, facts: readonly Fact[] = []) {
    this.values = values;
    let extra: Map<string, number> | undefined;
    for (const fact of facts) {
      const code = fact.code;
      if (code === null || code in values || extra?.has(code)) continue;
      extra ??= new Map();
      extra.set(code, fact.value);
    }
    this.facts = extra;
  }

  /** The value of a code: a number, null for a printed blank, undefined when absent. */
  get(code: string): number | null | undefined {
    const v = this.values[code];
    // `facts` holds no code the values have, not even one whose value is undefined.
    return v !== undefined ? v : this.facts?.get(code);
  }

  /** Whether the code is printed (blank included) or stated as a fact. */
  has(code: string): boolean {
    return code in this.values || (this.facts?.has(code) ?? false);
  }
}
