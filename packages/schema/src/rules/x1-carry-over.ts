import type { Finding } from '../parse-result.ts';
import { differs, fmt } from './format.ts';
import { cell, notConsecutive, type ReportSnapshot, yearZh } from './report-snapshot.ts';

const CARRIED = 't3.carried_over.total';
const FORWARD = 't3.carry_forward.total';

/**
 * X1 [error]: this year's 上年结转 总计 equals last year's 结转下年度继续办理 总计 (same agency,
 * consecutive years; a pair of known non-consecutive years is not compared).
 */
export function checkCarryOver(prev: ReportSnapshot, cur: ReportSnapshot): Finding[] {
  if (notConsecutive(prev, cur)) return [];
  const carried = cell(cur.values, CARRIED);
  const forward = cell(prev.values, FORWARD);
  if (carried === undefined || forward === undefined || !differs(carried, forward)) return [];
  return [
    {
      rule: 'X1',
      severity: 'error',
      message:
        `${yearZh(cur.year, '本年')}报告上年结转政府信息公开申请 ${fmt(carried)} 件 ≠ ` +
        `${yearZh(prev.year, '上年')}报告结转下年度继续办理 ${fmt(forward)} 件`,
      codes: [CARRIED, FORWARD],
    },
  ];
}
