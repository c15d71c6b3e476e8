import { inCatalogueOrder } from '../catalogue/catalogue-order.ts';
import { METRICS, metricByCode } from '../catalogue/metrics.ts';
import type { Finding } from '../parse-result.ts';

const LABELS = new Map<string, [string, string]>();

/** Row part and column part of a cell's label ("予以公开·自然人"), split once per code. */
function splitLabel(code: string): [string, string] {
  let parts = LABELS.get(code);
  if (parts === undefined) {
    const label = metricByCode(code)?.labelZh ?? code;
    const cut = label.lastIndexOf('·');
    parts = cut < 0 ? [label, ''] : [label.slice(0, cut), label.slice(cut + 1)];
    if (metricByCode(code)) LABELS.set(code, parts);
  }
  return parts;
}

/** Cells per row prefix (`t3.granted.`), counted once per prefix: the catalogue does not change. */
const WIDTHS = new Map<string, number>();

/** How many columns a row of this cell's table has, so a fully blank row reads "全部 7 列". */
function rowWidth(code: string): number | undefined {
  const prefix = code.slice(0, code.lastIndexOf('.') + 1);
  const def = metricByCode(code);
  if (!def || def.table === 't2') return undefined; // t2 column sets differ per edition
  let width = WIDTHS.get(prefix);
  if (width === undefined) {
    width = METRICS.filter(
      (m) => m.code.startsWith(prefix) && m.code.slice(prefix.length).indexOf('.') < 0,
    ).length;
    WIDTHS.set(prefix, width);
  }
  return width;
}

/** R7 [info]: which blank cells the sums and rules read as 0, grouped by row in catalogue order. */
export function checkR7(blankCodes: Iterable<string>): Finding[] {
  const codes = inCatalogueOrder([...new Set(blankCodes)], 1e9);
  if (codes.length === 0) return [];
  const rows = new Map<string, { first: string; cols: string[] }>();
  for (const code of codes) {
    const [row, col] = splitLabel(code);
    const entry = rows.get(row) ?? { first: code, cols: [] };
    if (col) entry.cols.push(col);
    rows.set(row, entry);
  }
  const parts = [...rows].map(([row, { first, cols }]) => {
    if (cols.length === 0) return row;
    const width = rowWidth(first);
    return width !== undefined && cols.length === width
      ? `${row}（全部 ${width} 列）`
      : `${row}（${cols.join('、')}）`;
  });
  return [
    {
      rule: 'R7',
      severity: 'info',
      message: `${codes.length} 个空白单元格在求和与校验中按 0 计算：${parts.join('；')}`,
      codes,
    },
  ];
}
