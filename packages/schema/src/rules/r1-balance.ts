import { T3_COLUMNS } from '../catalogue/t3-layout.ts';
import type { Finding } from '../parse-result.ts';
import type { CellReader } from './cell-reader.ts';
import { differs, fmt, t3ColumnZh } from './format.ts';

/** Per table-3 column, its four cells in the order the rule reads them (built once, not per report). */
const COLUMNS = T3_COLUMNS.map((col) => ({
  key: col.key,
  codes: ['new', 'carried_over', 'total', 'carry_forward'].map((r) => `t3.${r}.${col.key}`),
}));

/** R1 [error], per table-3 column: new + carried_over = total + carry_forward (the table's own note). */
export function checkR1(read: CellReader): Finding[] {
  const findings: Finding[] = [];
  for (const { key, codes } of COLUMNS) {
    const cells = read.all(codes);
    if (!cells) continue;
    const [added, carried, total, forward] = cells as [number, number, number, number];
    if (!differs(added + carried, total + forward)) continue;
    findings.push({
      rule: 'R1',
      severity: 'error',
      message:
        `${t3ColumnZh(key)}列：新收 ${fmt(added)} + 上年结转 ${fmt(carried)} ≠ ` +
        `办理结果总计 ${fmt(total)} + 结转下年 ${fmt(forward)}`,
      codes: [...codes],
    });
  }
  return findings;
}
