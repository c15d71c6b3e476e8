import { contentDisposition } from './content-disposition.ts';
import { toCsv } from './csv.ts';
import type { TableModel } from './table-model.ts';
import { toXlsx } from './xlsx.ts';

/** A download format of the table layer. */
export type TableFormat = 'csv' | 'xlsx';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The table as a download: CSV (UTF-8 with BOM) or xlsx, named after the table's title. */
export async function tableResponse<Row>(format: TableFormat, model: TableModel<Row>): Promise<Response> {
  const fileName = `${model.title}.${format}`;
  const headers = { 'Content-Disposition': contentDisposition(fileName) };
  if (format === 'csv') {
    return new Response(toCsv(model), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  const bytes = await toXlsx(model);
  return new Response(bytes, { headers: { ...headers, 'Content-Type': XLSX_TYPE } });
}
