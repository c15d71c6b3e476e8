import { T3_CATEGORIES, T3_COLUMNS } from '../catalogue/t3-layout.ts';
import type { Template } from '../metric.ts';
import type { Finding } from '../parse-result.ts';
import type { CellReader } from './cell-reader.ts';
import { differs, fmt, t3ColumnZh, terms } from './format.ts';

const rowsOf = (key: string) => T3_CATEGORIES.find((c) => c.key === key)?.rows ?? [];

/** The outcome groups of one column and their cells (members in group order, then 总计). */
interface Layout {
  groups: readonly (readonly [label: string, size: number])[];
  codes: readonly string[];
}

function layout(col: string, other: readonly string[]): Layout {
  const groups: [string, readonly string[]][] = [
    ['予以公开', ['granted']],
    ['部分公开', ['partial']],
    ['不予公开', rowsOf('denied')],
    ['无法提供', rowsOf('unable')],
    ['不予处理', rowsOf('not_processed')],
    ['其他处理', other],
  ];
  return {
    groups: groups.map(([label, rows]) => [label, rows.length] as const),
    codes: [...groups.flatMap(([, rows]) => rows.map((r) => `t3.${r}.${col}`)), `t3.total.${col}`],
  };
}

// Both 其他处理 variants of every column, built once rather than per report.
const COLUMNS = T3_COLUMNS.map((col) => ({
  key: col.key,
  subCodes: rowsOf('other').map((r) => `t3.${r}.${col.key}`),
  singleCode: `t3.other.${col.key}`,
  withSub: layout(col.key, rowsOf('other')),
  withSingle: layout(col.key, ['other']),
}));

/** Each group's cells added from 0, in order, labelled as the message prints them. */
function groupSums(groups: Layout['groups'], cells: readonly number[]): (readonly [string, number])[] {
  const out: (readonly [string, number])[] = [];
  let i = 0;
  for (const [label, size] of groups) {
    let part = 0;
    for (const end = i + size; i < end; i++) part += cells[i] ?? 0;
    out.push([label, part]);
  }
  return out;
}

/**
 * R3 [error], per table-3 column: 总计 = 予以公开 + 部分公开 + every 不予公开/无法提供/不予处理 row
 * + 其他处理 (2021: its three sub-rows, or the 2019 single row, whichever is printed).
 */
export function checkR3(read: CellReader, template: Template): Finding[] {
  const findings: Finding[] = [];
  for (const col of COLUMNS) {
    let hasSub = false;
    for (const code of col.subCodes) hasSub ||= read.has(code);
    const hasSingle = read.has(col.singleCode);
    const preferSub = template === '2021' ? hasSub || !hasSingle : hasSub && !hasSingle;
    const { groups, codes } = preferSub ? col.withSub : col.withSingle;
    const cells = read.all(codes);
    if (!cells) continue;
    const total = cells[cells.length - 1] ?? 0;
    const subtotals = groupSums(groups, cells);
    let sum = 0;
    for (const [, part] of subtotals) sum += part;
    if (!differs(sum, total)) continue;
    findings.push({
      rule: 'R3',
      severity: 'error',
      message: `${t3ColumnZh(col.key)}列：办理结果总计 ${fmt(total)} ≠ ${terms(subtotals)} = ${fmt(sum)}`,
      codes: [...codes],
    });
  }
  return findings;
}
