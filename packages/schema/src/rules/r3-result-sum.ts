import { T3_CATEGORIES, T3_COLUMNS } from '../catalogue/t3-layout.ts';
import type { Template } from '../metric.ts';
import type { Finding, Values } from '../parse-result.ts';
import type { CellReader } from './cell-reader.ts';
import { differs, fmt, sumOf, t3ColumnZh, terms } from './format.ts';

const rowsOf = (key: string) => T3_CATEGORIES.find((c) => c.key === key)?.rows ?? [];

/** The 其他处理 rows of one column: the 2021 sub-rows or the 2019 single row, whichever is printed. */
function otherRows(values: Values, template: Template, col: string): readonly string[] {
  const sub = rowsOf('other');
  const hasSub = sub.some((r) => `t3.${r}.${col}` in values);
  const hasSingle = `t3.other.${col}` in values;
  const preferSub = template === '2021' ? hasSub || !hasSingle : hasSub && !hasSingle;
  return preferSub ? sub : ['other'];
}

/**
 * R3 [error], per table-3 column: 总计 = 予以公开 + 部分公开 + every 不予公开/无法提供/不予处理 row
 * + 其他处理 (2021: its three sub-rows).
 */
export function checkR3(read: CellReader, values: Values, template: Template): Finding[] {
  const findings: Finding[] = [];
  for (const col of T3_COLUMNS) {
    const groups: [string, readonly string[]][] = [
      ['予以公开', ['granted']],
      ['部分公开', ['partial']],
      ['不予公开', rowsOf('denied')],
      ['无法提供', rowsOf('unable')],
      ['不予处理', rowsOf('not_processed')],
      ['其他处理', otherRows(values, template, col.key)],
    ];
    const memberCodes = groups.flatMap(([, rows]) => rows.map((r) => `t3.${r}.${col.key}`));
    const totalCode = `t3.total.${col.key}`;
    const cells = read.all([...memberCodes, totalCode]);
    if (!cells) continue;
    const total = cells[cells.length - 1] ?? 0;
    let i = 0;
    const subtotals = groups.map(([label, rows]) => {
      const part = sumOf(cells.slice(i, i + rows.length));
      i += rows.length;
      return [label, part] as const;
    });
    const sum = sumOf(subtotals.map(([, n]) => n));
    if (!differs(sum, total)) continue;
    findings.push({
      rule: 'R3',
      severity: 'error',
      message: `${t3ColumnZh(col.key)}列：办理结果总计 ${fmt(total)} ≠ ${terms(subtotals)} = ${fmt(sum)}`,
      codes: [...memberCodes, totalCode],
    });
  }
  return findings;
}
