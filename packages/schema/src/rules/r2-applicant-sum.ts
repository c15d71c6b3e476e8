import { T3_COLUMNS, T3_ROWS } from '../catalogue/t3-layout.ts';
import type { Finding } from '../parse-result.ts';
import type { CellReader } from './cell-reader.ts';
import { differs, fmt, sumOf, t3ColumnZh, t3RowZh, terms } from './format.ts';

const APPLICANT_COLUMNS = T3_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.key);

/** Per table-3 row, its six applicant cells then its 总计 cell (built once, not per report). */
const ROWS = T3_ROWS.map((row) => ({
  key: row.key,
  codes: [...APPLICANT_COLUMNS.map((c) => `t3.${row.key}.${c}`), `t3.${row.key}.total`],
}));

/** R2 [error], per table-3 row: the six applicant columns add up to the 总计 column. */
export function checkR2(read: CellReader): Finding[] {
  const findings: Finding[] = [];
  for (const { key, codes } of ROWS) {
    const cells = read.all(codes);
    if (!cells) continue;
    const parts = cells.slice(0, -1);
    const total = cells[cells.length - 1] ?? 0;
    const sum = sumOf(parts);
    if (!differs(sum, total)) continue;
    const labelled = APPLICANT_COLUMNS.map((c, i) => [t3ColumnZh(c), parts[i] ?? 0] as const);
    findings.push({
      rule: 'R2',
      severity: 'error',
      message: `${t3RowZh(key)}行：${terms(labelled)} = ${fmt(sum)} ≠ 总计 ${fmt(total)}`,
      codes: [...codes],
    });
  }
  return findings;
}
