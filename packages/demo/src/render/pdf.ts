import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { SyntheticReport } from '../model/synthetic-report.ts';
import { buildDocument } from './document/build-document.ts';
import { drawTable } from './pdf-table.ts';

/** Where Debian's fonts-noto-cjk puts the CJK font collection. */
export const DEFAULT_CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
/** The face of the collection used: simplified-Chinese glyph forms. */
const FONT_FACE = 'NotoSansCJKsc-Regular';

/** Options of the pdf writer. */
export interface PdfOptions {
  /** A CJK font (TTC/OTF) to embed as a subset; defaults to {@link DEFAULT_CJK_FONT}. */
  fontPath?: string;
}

/** The font file could not be read: PDFs need a CJK font to carry Chinese text. */
export class FontNotFoundError extends Error {
  constructor(path: string, cause: unknown) {
    super(`CJK font not found at ${path} (install fonts-noto-cjk, or pass fontPath)`, { cause });
    this.name = 'FontNotFoundError';
  }
}

const fonts = new Map<string, Buffer>();

function loadFont(path: string): Buffer {
  let font = fonts.get(path);
  if (!font) {
    try {
      font = readFileSync(path);
    } catch (cause) {
      throw new FontNotFoundError(path, cause);
    }
    fonts.set(path, font);
  }
  return font;
}

/**
 * A pdf rendering with a text layer: paragraphs flowed by PDFKit, tables drawn as positioned
 * text in bordered cells, the CJK font embedded as a subset. Dates are fixed so bytes are stable.
 */
export async function renderPdf(report: SyntheticReport, options: PdfOptions = {}): Promise<Uint8Array> {
  const font = loadFont(options.fontPath ?? DEFAULT_CJK_FONT);
  const blocks = buildDocument(report);
  const title = blocks[0]?.type === 'title' ? blocks[0].text : report.agency;
  const date = new Date(`${report.published}T09:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 64, bottom: 64, left: 60, right: 60 },
    info: { Title: title, Author: report.agency, CreationDate: date, ModDate: date },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', font, FONT_FACE);
  doc.font('cjk');
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  for (const block of blocks) {
    switch (block.type) {
      case 'title':
        doc.fontSize(16).text(block.text, { align: 'center', width }).moveDown(1);
        break;
      case 'heading':
        doc.fontSize(12).text(block.text, { width }).moveDown(0.4);
        break;
      case 'paragraph':
        doc
          .fontSize(10.5)
          .text(
            block.text,
            block.align === 'right' ? { align: 'right', width } : { indent: 21, width, lineGap: 2 },
          )
          .moveDown(0.5);
        break;
      case 'table':
        doc.x = doc.page.margins.left;
        drawTable(doc, block, block.table === 't4' ? 7 : 8);
        doc.x = doc.page.margins.left;
        break;
    }
  }
  doc.end();
  return done;
}
