import PDFDocument from 'pdfkit';
import { readCellValue } from '../../cell-value.ts';
import type { FixtureBlock, SpanTable } from './span-table.ts';

/** Debian's fonts-noto-cjk collection and the simplified-Chinese face in it. */
export const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const CJK_FACE = 'NotoSansCJKsc-Regular';

/** How the fixture PDF is drawn. */
export interface PdfStyle {
  /** Draw cell borders (ruled tables); without them tables are aligned text only. */
  ruled: boolean;
  /** A running head printed at the top of every page but the first. */
  runningHead?: string;
}

const PAGE = { width: 595.28, height: 841.89, margin: 72 };
const PAD = 3;
const BODY = 10.5;
const CELL = 8;

type Doc = InstanceType<typeof PDFDocument>;

/**
 * Writes fixture blocks as a PDF with a text layer, as a word processor prints a report: a
 * centred title, justified paragraphs with a first-line indent wrapped over several lines,
 * tables with merged cells drawn once (text centred in the merged area, long labels wrapped in
 * narrow columns) that break across pages, a running head and `— n —` page numbers.
 */
export function renderPdf(blocks: readonly FixtureBlock[], style: PdfStyle): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    info: { CreationDate: new Date('2023-01-16T00:00:00Z') },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', CJK_FONT, CJK_FACE);
  doc.font('cjk');
  const width = PAGE.width - 2 * PAGE.margin;
  blocks.forEach((block, i) => {
    if (block.kind === 'table') {
      drawTable(doc, block.table, style.ruled);
      return;
    }
    if (
      i === 0 ||
      (i === 1 && blocks[0]?.kind === 'paragraph' && block.text.length < 30 && blocks[0].text.length < 30)
    ) {
      doc.fontSize(16).text(block.text, PAGE.margin, doc.y, { width, align: 'center' }).moveDown(0.6);
    } else {
      doc
        .fontSize(BODY)
        .text(block.text, PAGE.margin, doc.y, { width, indent: 2 * BODY, align: 'justify', lineGap: 3 });
      doc.moveDown(0.5);
    }
  });
  furniture(doc, style);
  doc.end();
  return done;
}

function furniture(doc: Doc, style: PdfStyle): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.fontSize(9);
    if (style.runningHead !== undefined && i > range.start) {
      doc.text(style.runningHead, PAGE.margin, 40, {
        width: PAGE.width - 2 * PAGE.margin,
        align: 'right',
        lineBreak: false,
      });
    }
    doc.text(`— ${i + 1} —`, PAGE.margin, PAGE.height - 48, {
      width: PAGE.width - 2 * PAGE.margin,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

/** Column widths: label columns get room for at most 11 characters, numbers a narrow column. */
function columnWidths(t: SpanTable, total: number): number[] {
  const weights = new Array<number>(t.width).fill(2);
  for (const row of t.rows) {
    row.forEach((slot, c) => {
      if (slot.kind !== 'origin' || slot.colSpan > 1) return;
      weights[c] = Math.max(weights[c] ?? 2, Math.min(11, [...slot.text].length));
    });
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (w / sum) * total);
}

function drawTable(doc: Doc, t: SpanTable, ruled: boolean): void {
  const widths = columnWidths(t, PAGE.width - 2 * PAGE.margin);
  const xAt = (c: number) => PAGE.margin + widths.slice(0, c).reduce((a, b) => a + b, 0);
  doc.fontSize(CELL);
  const spanWidth = (c: number, span: number) => xAt(c + span) - xAt(c);
  const need = (text: string, c: number, span: number) =>
    doc.heightOfString(text === '' ? ' ' : text, { width: spanWidth(c, span) - 2 * PAD }) + 2 * PAD;
  const heights = t.rows.map((row, r) =>
    row.reduce(
      (h, slot, c) =>
        slot.kind === 'origin' && slot.rowSpan === 1 ? Math.max(h, need(slot.text, c, slot.colSpan)) : h,
      14 + 0 * r,
    ),
  );
  // Row tops. Rows tied by a rowspan form a band that moves to the next page whole when it fits
  // on one; a band taller than a page breaks between rows.
  const bandEnd = heights.map((_, r) => r);
  t.rows.forEach((row, r) => {
    for (const slot of row) {
      if (slot.kind !== 'origin') continue;
      for (let k = r; k < r + slot.rowSpan; k++) bandEnd[k] = Math.max(bandEnd[k] ?? k, r + slot.rowSpan - 1);
    }
  });
  const tops: { page: number; y: number }[] = [];
  let y = doc.y + 4;
  let page = doc.bufferedPageRange().count - 1;
  const limit = PAGE.height - PAGE.margin;
  let r = 0;
  while (r < heights.length) {
    let end = r;
    while (end < (bandEnd[end] ?? end)) end = bandEnd[end] ?? end;
    const band = heights.slice(r, end + 1).reduce((a, b) => a + b, 0);
    if (y + band > limit && band <= limit - PAGE.margin && y > PAGE.margin) {
      doc.addPage();
      page++;
      y = PAGE.margin;
    }
    for (let k = r; k <= end; k++) {
      const h = heights[k] ?? 0;
      if (y + h > limit) {
        doc.addPage();
        page++;
        y = PAGE.margin;
      }
      tops.push({ page, y });
      y += h;
    }
    r = end + 1;
  }
  const here = page;
  t.rows.forEach((row, r) => {
    row.forEach((slot, c) => {
      if (slot.kind !== 'origin') return;
      // One rectangle per page the merged cell reaches; the text sits in the middle of the first.
      const parts = new Map<number, { top: number; bottom: number }>();
      for (let k = r; k < r + slot.rowSpan; k++) {
        const at = tops[k];
        if (at === undefined) continue;
        const part = parts.get(at.page) ?? { top: at.y, bottom: at.y };
        part.bottom = at.y + (heights[k] ?? 0);
        parts.set(at.page, part);
      }
      const x = xAt(c);
      const w = spanWidth(c, slot.colSpan);
      let first = true;
      for (const [p, part] of parts) {
        doc.switchToPage(p);
        if (ruled)
          doc
            .lineWidth(0.5)
            .rect(x, part.top, w, part.bottom - part.top)
            .stroke();
        if (first && slot.text !== '') {
          const textHeight = need(slot.text, c, slot.colSpan) - 2 * PAD;
          const ty = part.top + Math.max(PAD, (part.bottom - part.top - textHeight) / 2);
          const numeric = readCellValue(slot.text).kind === 'number';
          doc.text(slot.text, x + PAD, ty, { width: w - 2 * PAD, align: numeric ? 'center' : 'left' });
        }
        first = false;
      }
    });
  });
  doc.switchToPage(here);
  doc.x = PAGE.margin;
  doc.y = y + 10;
}
