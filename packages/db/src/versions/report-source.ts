import type { ReportFormat } from '../database.ts';
import type { Store } from '../store.ts';

/** The original file of a report, byte for byte as it was imported. */
export interface ReportSourceFile {
  fileName: string;
  format: ReportFormat;
  /** The encoding the text was decoded from (e.g. `utf-8`, `gb18030`). */
  encoding: string;
  sha256: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** The stored file of a live report, or undefined when there is no such report. */
export async function getReportSource(store: Store, id: number): Promise<ReportSourceFile | undefined> {
  const row = await store.db
    .selectFrom('reports')
    .select(['file_name', 'format', 'encoding', 'sha256', 'bytes'])
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    fileName: row.file_name,
    format: row.format,
    encoding: row.encoding,
    sha256: row.sha256,
    // Copied out of the driver's Buffer (which may be a slice of a shared pool) into its own memory.
    bytes: new Uint8Array(row.bytes),
  };
}
