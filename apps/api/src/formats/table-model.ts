/** A cell as exports write it: numbers stay numbers (Excel sums them), absent values stay empty. */
export type TableCell = string | number | boolean | null | undefined;

/** One column of an export: a Chinese header, the unit it is counted in, and how to read a row. */
export interface TableColumn<Row> {
  /** Chinese header as a reader of the sheet sees it, e.g. `机构名称`. */
  header: string;
  /** Printed after the header in full-width brackets, e.g. `件` → `新收申请（件）`. */
  unit?: string | undefined;
  value: (row: Row) => TableCell;
}

/**
 * What every export is made from: the JSON a route returns, reshaped into rows and columns once,
 * then written as CSV or xlsx by the same code for every list, series, comparison and ranking.
 */
export interface TableModel<Row> {
  /** Sheet name and download file name (without extension), e.g. `报告列表`. */
  title: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
}

/** Builds a model; a helper so the row type is inferred from the rows. */
export function tableModel<Row>(
  title: string,
  columns: readonly TableColumn<Row>[],
  rows: readonly Row[],
): TableModel<Row> {
  return { title, columns, rows };
}

/** The header as printed: `header（unit）`. */
export function headerText(column: { header: string; unit?: string | undefined }): string {
  return column.unit ? `${column.header}（${column.unit}）` : column.header;
}

/** The model's header line and its rows of cells, in column order. */
export function tableCells<Row>(model: TableModel<Row>): { headers: string[]; rows: TableCell[][] } {
  return {
    headers: model.columns.map(headerText),
    rows: model.rows.map((row) => model.columns.map((column) => column.value(row))),
  };
}
