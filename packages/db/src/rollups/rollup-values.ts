import { type Fact, metricByCode, type Template, type Values } from '@nianbao/schema';

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

/** A counted report as the rollups see it: counted under each of `regionIds` (see rollupChainOf). */
export interface CountedReport extends Omit<RollupKey, 'regionId'> {
  regionIds: readonly number[];
  template: Template;
  flagged: boolean;
  /** Its values as the read models load them (readModelValues). */
  values: Values;
}

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
