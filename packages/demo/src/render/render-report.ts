import type { SyntheticReport } from '../model/synthetic-report.ts';
import { renderDocx } from './docx.ts';
import { renderHtml } from './html.ts';
import { type PdfOptions, renderPdf } from './pdf.ts';
import type { RenderSpec } from './render-spec.ts';
import { renderTxt } from './txt.ts';

/** File extension of each format. */
export const EXTENSIONS: Record<RenderSpec['format'], string> = {
  txt: 'txt',
  html: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

/** Renders a report in the format and rendering the spec names. */
export async function renderReport(
  report: SyntheticReport,
  spec: RenderSpec,
  pdf: PdfOptions = {},
): Promise<Uint8Array> {
  switch (spec.format) {
    case 'txt':
      return renderTxt(report, spec);
    case 'html':
      return renderHtml(report, spec);
    case 'docx':
      return renderDocx(report);
    case 'pdf':
      return renderPdf(report, pdf);
  }
}
