import type { Finding } from '../parse-result.ts';
import { differs, fmt } from './format.ts';
import { cell, notConsecutive, type ReportSnapshot, yearZh } from './report-snapshot.ts';

const ROWS = [
  ['regulations', '规章'],
  ['normative', '规范性文件'],
] as const;

/**
 * X2 [warning], 2021 edition: 现行有效件数(y) = 现行有效件数(y−1) + 本年制发件数(y) − 本年废止件数(y),
 * for 规章 and 规范性文件.
 */
export function checkInForce(prev: ReportSnapshot, cur: ReportSnapshot): Finding[] {
  if (cur.template !== '2021' || notConsecutive(prev, cur)) return [];
  const findings: Finding[] = [];
  for (const [row, label] of ROWS) {
    const codes = [`t2.${row}.in_force`, `t2.${row}.made`, `t2.${row}.repealed`];
    const [inForceCode, madeCode, repealedCode] = codes as [string, string, string];
    const before = cell(prev.values, inForceCode);
    const now = cell(cur.values, inForceCode);
    const made = cell(cur.values, madeCode);
    const repealed = cell(cur.values, repealedCode);
    if (before === undefined || now === undefined || made === undefined || repealed === undefined) continue;
    const expected = before + made - repealed;
    if (!differs(now, expected)) continue;
    findings.push({
      rule: 'X2',
      severity: 'warning',
      message:
        `${label}现行有效件数：${yearZh(cur.year, '本年')} ${fmt(now)} ≠ ${yearZh(prev.year, '上年')} ${fmt(before)} ` +
        `+ 本年制发 ${fmt(made)} − 本年废止 ${fmt(repealed)} = ${fmt(expected)}`,
      codes,
    });
  }
  return findings;
}
