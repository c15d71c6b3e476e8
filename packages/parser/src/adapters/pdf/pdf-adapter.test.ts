import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../parse-error.ts';
import { CJK_FONT } from '../../test-support/formats/render-pdf.ts';
import { pdfAdapter } from './pdf-adapter.ts';

type Doc = InstanceType<typeof PDFDocument>;

/** A PDF drawn by `draw` with PDFKit. */
function pdf(
  draw: (doc: Doc) => void,
  options: ConstructorParameters<typeof PDFDocument>[0] = {},
): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', ...options });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
  doc.registerFont('cjk', CJK_FONT, 'NotoSansCJKsc-Regular');
  doc.font('cjk');
  draw(doc);
  doc.end();
  return done;
}

async function failure(bytes: Uint8Array, file: string): Promise<ParseError> {
  try {
    await pdfAdapter(bytes, file);
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError');
}

describe('pdfAdapter', () => {
  it('rebuilds a ruled table with a merged cell, and paragraphs around it', async () => {
    const bytes = await pdf((doc) => {
      doc.fontSize(14).text('某县2021年政府信息公开工作年度报告', 72, 72, { align: 'center', width: 451 });
      doc.fontSize(10).text('全年主动公开政府信息120条。', 72, 110);
      // Columns 72 | 222 | 322 | 422; the first cell of rows 1–2 is one merged cell.
      const xs = [72, 222, 322, 422];
      doc.lineWidth(0.5);
      doc.rect(72, 140, 350, 20).stroke();
      doc.rect(72, 160, 150, 40).stroke();
      for (const [y, row] of [
        [160, ['1', '2']],
        [180, ['3', '4']],
      ] as const) {
        row.forEach((v, i) => {
          doc.rect(xs[i + 1] ?? 0, y, 100, 20).stroke();
          doc.text(v, (xs[i + 1] ?? 0) + 4, y + 5, { lineBreak: false });
        });
      }
      doc.text('申请人情况', 76, 145, { lineBreak: false });
      doc.text('（三）不予公开', 76, 175, { lineBreak: false });
    });
    const { document } = await pdfAdapter(bytes, 'table.pdf');
    const blocks = document.blocks.map((b) =>
      b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.cells.map((c) => c.text)),
    );
    expect(blocks).toEqual([
      '某县2021年政府信息公开工作年度报告',
      '全年主动公开政府信息120条。',
      [
        ['申请人情况', '', ''],
        ['（三）不予公开', '1', '2'],
        ['', '3', '4'],
      ],
    ]);
    for (const b of document.blocks) {
      if (b.kind === 'table')
        for (const r of b.rows)
          for (const c of r.cells) expect(document.text.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('refuses a PDF without a text layer (scanned pages) with what to do', async () => {
    const bytes = await pdf((doc) => {
      doc.rect(72, 72, 300, 400).fill('#888888');
      doc.addPage().rect(72, 72, 300, 400).fill('#555555');
    });
    const error = await failure(bytes, 'scan.pdf');
    expect(error.code).toBe('no_text_layer');
    expect(error.message).toBe(
      'scan.pdf: PDF 无文本层，需先 OCR（the PDF has no text layer; run OCR first）',
    );
  });

  it('refuses a password-protected PDF as encrypted', async () => {
    const bytes = await pdf((doc) => doc.text('年度报告'), { userPassword: 'secret', pdfVersion: '1.7' });
    expect((await failure(bytes, 'locked.pdf')).code).toBe('encrypted');
  });

  it('refuses a damaged or truncated PDF as corrupt', async () => {
    const good = await pdf((doc) => doc.text('年度报告'));
    for (const bytes of [new TextEncoder().encode('%PDF-1.7\nnot really a pdf'), good.subarray(0, 400)]) {
      const error = await failure(bytes, 'bad.pdf');
      expect(error.code).toBe('corrupt');
      expect(error.message).toMatch(/^bad\.pdf: the PDF is damaged or truncated and cannot be read \(.+\)$/);
    }
  });

  it('refuses a PDF longer than the page cap before reading its pages', async () => {
    const bytes = await pdf((doc) => {
      for (let i = 1; i < 201; i++) doc.addPage();
    });
    const error = await failure(bytes, 'book.pdf');
    expect(error.code).toBe('too_large');
    expect(error.message).toBe(
      'book.pdf: the PDF has 201 pages; at most 200 are read (a report is far shorter)',
    );
  });
});
