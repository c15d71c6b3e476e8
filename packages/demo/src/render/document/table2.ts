import { type ColumnDef, type RowDef, T2_BLOCKS, type Values } from '@nianbao/schema';
import type { SyntheticReport } from '../../model/synthetic-report.ts';
import type { Cell, TableBlock } from './blocks.ts';
import { annotation, cellText } from './labels.ts';
import type { ReportStyle } from './style.ts';

const WIDTH = 4;
const WIDTHS = [2.2, 1.6, 1.6, 1.6];

function rowLabel(style: ReportStyle, report: SyntheticReport, row: RowDef): string {
  if (row.key === 'regulations')
    return style.countyRegulationsNote ? `规章${annotation(style, '县级无此项')}` : '规章';
  if (row.key === 'normative')
    return report.edition === '2021' && !style.shortNormativeLabel ? '行政规范性文件' : '规范性文件';
  return row.labelZh;
}

function columnLabel(style: ReportStyle, report: SyntheticReport, col: ColumnDef): string {
  if (col.key !== 'amount') return col.labelZh;
  return report.edition === '2019'
    ? `${col.labelZh}${annotation(style, '单位：万元，保留4位小数')}`
    : `${col.labelZh}${annotation(style, '单位：万元')}`;
}

/** A row padded to the four-column grid: one value column spans the three value positions. */
function padded(first: Cell, rest: Cell[]): Cell[] {
  if (rest.length === 1) {
    const only = rest[0];
    return only ? [first, { ...only, colSpan: WIDTH - 1 }] : [first];
  }
  const filler = Array.from({ length: WIDTH - 1 - rest.length }, (): Cell => ({ text: '' }));
  return [first, ...rest, ...filler];
}

/**
 * Table 2 on a four-column grid as the format prints it: per 第二十条 item a spanning item row, a
 * 信息内容 header row, then one row per printed row of the layout. Rows come from the schema's
 * layout, so the printed cells are exactly the report's `t2.*` codes.
 */
export function buildTable2(report: SyntheticReport, style: ReportStyle): TableBlock[] {
  const values: Values = report.values;
  const tables: TableBlock[] = [];
  let rows: Cell[][] = [];
  const flush = () => {
    if (rows.length > 0) tables.push({ type: 'table', table: 't2', columns: WIDTH, widths: WIDTHS, rows });
    rows = [];
  };
  for (const block of T2_BLOCKS[report.edition]) {
    const printed = block.rows.filter((row) =>
      block.columns.some((col) => `t2.${row.key}.${col.key}` in values),
    );
    if (printed.length === 0) continue;
    if (style.splitT2) flush();
    rows.push([{ text: block.item, colSpan: WIDTH, align: 'left' }]);
    rows.push(
      padded(
        { text: '信息内容', align: 'center' },
        block.columns.map((col) => ({ text: columnLabel(style, report, col), align: 'center' })),
      ),
    );
    for (const row of printed) {
      rows.push(
        padded(
          { text: rowLabel(style, report, row), align: 'center' },
          block.columns.map((col) => ({
            text: cellText(style, values[`t2.${row.key}.${col.key}`], col.unit === '万元'),
            align: 'center',
          })),
        ),
      );
    }
  }
  flush();
  return tables;
}
