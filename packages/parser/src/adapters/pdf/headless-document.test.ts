import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { CJK_FONT } from '../../test-support/formats/render-pdf.ts';
import { headlessDocument } from './headless-document.ts';
import { loadPdfJs } from './load-pdf.ts';

/** A one-page PDF with embedded CJK text and one stroked line. */
function samplePdf(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
  doc.registerFont('cjk', CJK_FONT, 'NotoSansCJKsc-Regular');
  doc.font('cjk').fontSize(12).text('政府信息公开工作年度报告', 72, 72);
  doc.moveTo(72, 100).lineTo(300, 100).stroke();
  doc.end();
  return done;
}

describe('headlessDocument', () => {
  it('takes the embedded font pdf.js attaches while it builds an operator list', async () => {
    const { getDocument } = await loadPdfJs();
    const ownerDocument = headlessDocument();
    const pdf = await getDocument({
      data: await samplePdf(),
      disableFontFace: false,
      ownerDocument,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
    try {
      const page = await pdf.getPage(1);
      const list = await page.getOperatorList();
      const { sheet } = ownerDocument.createElement('style') as unknown as {
        sheet: { cssRules: ArrayLike<string> };
      };
      // One font face inserted: pdf.js attached the font instead of falling back to glyph paths.
      expect(sheet.cssRules.length).toBe(1);
      expect(list.fnArray.length).toBeGreaterThan(0);
      const text = await page.getTextContent();
      expect(text.items.map((item) => ('str' in item ? item.str : '')).join('')).toContain('年度报告');
    } finally {
      await pdf.destroy();
    }
  });
});
