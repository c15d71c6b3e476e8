import type { MetricDef } from '../metric.ts';
import { DERIVED_METRICS } from './derived-metrics.ts';
import { NARRATIVE_METRICS } from './narrative-metrics.ts';
import { TABLE_METRICS } from './table-metrics.ts';

/** The whole metric catalogue: table cells, t3 category sums, narrative facts, `d.*`. */
export const METRICS: readonly MetricDef[] = [...TABLE_METRICS, ...NARRATIVE_METRICS, ...DERIVED_METRICS];

const BY_CODE: ReadonlyMap<string, MetricDef> = new Map(METRICS.map((m) => [m.code, m]));

/** The catalogue entry for a code, or undefined for an unknown code. */
export function metricByCode(code: string): MetricDef | undefined {
  return BY_CODE.get(code);
}

/** True when the code is in the catalogue. */
export function isMetricCode(code: string): boolean {
  return BY_CODE.has(code);
}
