import { metricByCode } from '../catalogue/metrics.ts';
import type { Finding, Values } from '../parse-result.ts';
import { differs, fmt, sumOf } from './format.ts';
import { cell } from './report-snapshot.ts';

/**
 * X3 [warning]: a county government's summary figure vs the sum of its units' reports, per code.
 * A code is compared only when the county and every unit have it (blank reads as 0), so a unit
 * whose table is cut off does not raise a false alarm.
 */
export function checkUnitsSum(county: Values, units: readonly Values[], codes: readonly string[]): Finding[] {
  if (units.length === 0) return [];
  const findings: Finding[] = [];
  for (const code of codes) {
    const total = cell(county, code);
    const parts = units.map((u) => cell(u, code));
    if (total === undefined || parts.some((p) => p === undefined)) continue;
    const sum = sumOf(parts.map((p) => p ?? 0));
    if (!differs(total, sum)) continue;
    const def = metricByCode(code);
    const unit = def?.unit ?? '';
    findings.push({
      rule: 'X3',
      severity: 'warning',
      message: `汇总报告${def?.labelZh ?? code} ${fmt(total)} ${unit} ≠ 所属 ${units.length} 个单位报告之和 ${fmt(sum)} ${unit}`,
      codes: [code],
    });
  }
  return findings;
}
