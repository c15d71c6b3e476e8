import type { ReportFormat } from '../format.ts';
import type { Adapter } from './adapter.ts';
import { docxAdapter } from './docx/docx-adapter.ts';
import { htmlAdapter } from './html/html-adapter.ts';
import { pdfAdapter } from './pdf/pdf-adapter.ts';
import { textAdapter } from './text-adapter.ts';

const ADAPTERS: Record<ReportFormat, Adapter> = {
  txt: textAdapter,
  html: htmlAdapter,
  docx: docxAdapter,
  pdf: pdfAdapter,
};

/** The adapter that reads a format into the document model. */
export function adapterFor(format: ReportFormat): Adapter {
  return ADAPTERS[format];
}
