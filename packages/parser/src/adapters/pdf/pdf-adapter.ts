import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ParseError } from '../../parse-error.ts';
import { textQuality } from '../../text-quality.ts';
import type { Adapter } from '../adapter.ts';
import { DocumentBuilder } from '../rendering/document-builder.ts';
import { loadPdfJs, openPdf, pdfError } from './load-pdf.ts';
import { readPage } from './page-content.ts';
import { layoutPages } from './pdf-layout.ts';
import type { PageContent } from './pdf-types.ts';

/** Resource limits of the PDF reader. */
export const PDF_LIMITS = {
  /** Reports run to a few dozen pages; a longer PDF is a compilation or a book. */
  maxPages: 200,
  /** Wall-clock budget for reading all pages. */
  maxMillis: 30_000,
  /** Fewer visible characters per page than this, on average, means scanned images. */
  minCharsPerPage: 20,
} as const;

// Share of plausible characters below which the text layer is taken as undecodable (fonts
// without a Unicode mapping extract as private-use or symbol soup).
const MIN_QUALITY = 0.85;

/**
 * PDFs with a text layer: read each page's positioned text and ruling lines with pdf.js, rebuild
 * paragraphs and tables (see `layoutPages`), and write them as a text rendering. Scanned PDFs
 * reject with `no_text_layer`, password-protected ones with `encrypted`.
 */
export const pdfAdapter: Adapter = async (bytes, file) => {
  const pdf = await openPdf(bytes, file);
  try {
    const pages = await withDeadline(readPages(pdf, file), PDF_LIMITS.maxMillis, file, () => pdf.destroy());
    checkTextLayer(pages, file);
    const builder = new DocumentBuilder();
    for (const block of layoutPages(pages)) {
      if (block.kind === 'table') builder.table(block.grid);
      else builder.paragraph(block.text);
    }
    return { document: builder.build(), encoding: 'utf-8' };
  } catch (error) {
    throw pdfError(error, file);
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
};

async function readPages(pdf: PDFDocumentProxy, file: string): Promise<PageContent[]> {
  if (pdf.numPages > PDF_LIMITS.maxPages) {
    throw new ParseError(
      'too_large',
      file,
      `the PDF has ${pdf.numPages} pages; at most ${PDF_LIMITS.maxPages} are read (a report is far shorter)`,
    );
  }
  const { OPS } = await loadPdfJs();
  const pages: PageContent[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    try {
      pages.push(await readPage(page, i - 1, OPS));
    } finally {
      page.cleanup();
    }
  }
  return pages;
}

function checkTextLayer(pages: readonly PageContent[], file: string): void {
  const text = pages.map((p) => p.runs.map((r) => r.str).join('')).join('');
  const visible = text.replace(/\s+/g, '');
  if (visible.length < PDF_LIMITS.minCharsPerPage * Math.max(1, pages.length)) {
    throw new ParseError(
      'no_text_layer',
      file,
      'PDF 无文本层，需先 OCR（the PDF has no text layer; run OCR first）',
    );
  }
  if (textQuality(visible, true) < MIN_QUALITY) {
    throw new ParseError(
      'undecodable',
      file,
      'PDF 文本层无法解码（字体缺少 Unicode 映射），需先 OCR（the text layer has no Unicode mapping; run OCR first）',
    );
  }
}

/** Resolves with the work, or rejects with `too_large` once the budget is spent (and stops it). */
async function withDeadline<T>(
  work: Promise<T>,
  millis: number,
  file: string,
  stop: () => Promise<void>,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void stop().catch(() => undefined);
      reject(
        new ParseError('too_large', file, `reading the PDF took longer than ${millis / 1000} s; stopped`),
      );
    }, millis);
    timer.unref();
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
