import { T4_GROUPS } from '../catalogue/t4-layout.ts';
import type { Finding } from '../parse-result.ts';
import type { CellReader } from './cell-reader.ts';
import { differs, fmt, sumOf, t4ColumnZh, t4GroupZh, terms } from './format.ts';

const PARTS = ['upheld', 'corrected', 'other', 'pending'];

/** Per table-4 group, its four result cells then its 总计 cell (built once, not per report). */
const GROUPS = T4_GROUPS.map((group) => ({
  key: group.key,
  codes: [...PARTS, 'total'].map((c) => `t4.${group.key}.${c}`),
}));

/** R4 [error], per table-4 group: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计. */
export function checkR4(read: CellReader): Finding[] {
  const findings: Finding[] = [];
  for (const { key, codes } of GROUPS) {
    const cells = read.all(codes);
    if (!cells) continue;
    const parts = cells.slice(0, PARTS.length);
    const total = cells[PARTS.length] ?? 0;
    const sum = sumOf(parts);
    if (!differs(sum, total)) continue;
    const labelled = PARTS.map((c, i) => [t4ColumnZh(c), parts[i] ?? 0] as const);
    findings.push({
      rule: 'R4',
      severity: 'error',
      message: `${t4GroupZh(key)}：${terms(labelled)} = ${fmt(sum)} ≠ 总计 ${fmt(total)}`,
      codes: [...codes],
    });
  }
  return findings;
}
