import type { ExportFormat } from '../api/client.ts';

/** Download links for the data behind a chart or table (CSV opens cleanly in Excel and WPS). */
export function ExportLinks({ href }: { href: (format: ExportFormat) => string }) {
  return (
    <p className="export-links">
      导出数据：
      <a href={href('csv')} download>
        CSV
      </a>
      {' · '}
      <a href={href('xlsx')} download>
        Excel
      </a>
    </p>
  );
}
