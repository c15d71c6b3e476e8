import { exportFileName, saveBlob } from './download.ts';
import type { ExportItem } from './export-item.ts';
import type { ExportSize } from './export-sizes.ts';
import { exportPng, exportSvg } from './render-export.ts';
import { tableToCsv } from './table-csv.ts';
import { tableToXlsx } from './table-xlsx.ts';

/** The files a chart can be exported as. */
export type ExportAction = 'png' | 'svg' | 'csv' | 'xlsx';

/** Produces one export of an item as a downloaded file; the message says what was done. */
export async function runExport(action: ExportAction, item: ExportItem, size: ExportSize): Promise<string> {
  const name = (ext: string) => exportFileName(item.title, item.generatedAt, ext);
  switch (action) {
    case 'png':
      saveBlob(await exportPng(item, size), name('png'));
      return `已导出 PNG（${size.label}）`;
    case 'svg':
      saveBlob(new Blob([await exportSvg(item, size)], { type: 'image/svg+xml' }), name('svg'));
      return `已导出 SVG（${size.label}）`;
    case 'csv':
      saveBlob(new Blob([tableToCsv(item.table)], { type: 'text/csv;charset=utf-8' }), name('csv'));
      return '已导出 CSV';
    case 'xlsx': {
      const bytes = tableToXlsx(item.table, item.title);
      saveBlob(
        new Blob([bytes.slice().buffer], {
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        }),
        name('xlsx'),
      );
      return '已导出 Excel';
    }
  }
}
