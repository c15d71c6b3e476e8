import type { Cell, TableBlock } from './document/blocks.ts';

/** The PDFKit document the table is drawn on. */
type PdfCanvas = PDFKit.PDFDocument;

const PAD = 3;
const MIN_ROW = 16;

interface Placed {
  cell: Cell;
  row: number;
  col: number;
}

/** Origin cells with their grid coordinates (rowspan/colspan expanded as in HTML). */
function place(table: TableBlock): Placed[] {
  const taken = table.rows.map(() => new Array<boolean>(table.columns).fill(false));
  const out: Placed[] = [];
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (c < table.columns && taken[r]?.[c]) c++;
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++) {
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) {
          const line = taken[r + dr];
          if (line) line[c + dc] = true;
        }
      }
      out.push({ cell, row: r, col: c });
      c += cell.colSpan ?? 1;
    }
  });
  return out;
}

/**
 * Draws a table as positioned text in bordered cells. Rows linked by a rowspan form a band that
 * is never split across pages; each cell's text is its own text object, so the text layer reads
 * cell by cell.
 */
export function drawTable(doc: PdfCanvas, table: TableBlock, fontSize: number): void {
  const { margins, width: pageWidth, height: pageHeight } = doc.page;
  const usable = pageWidth - margins.left - margins.right;
  const total = table.widths.reduce((a, b) => a + b, 0);
  const colX = [margins.left];
  for (const w of table.widths) colX.push((colX[colX.length - 1] ?? 0) + (w / total) * usable);
  const x = (c: number) => colX[c] ?? margins.left;
  const placed = place(table);
  doc.fontSize(fontSize);
  const heights = new Array<number>(table.rows.length).fill(MIN_ROW);
  const need = (p: Placed) =>
    doc.heightOfString(p.cell.text || ' ', { width: x(p.col + (p.cell.colSpan ?? 1)) - x(p.col) - 2 * PAD }) +
    2 * PAD;
  for (const p of placed)
    if ((p.cell.rowSpan ?? 1) === 1) heights[p.row] = Math.max(heights[p.row] ?? MIN_ROW, need(p));
  for (const p of placed) {
    const span = p.cell.rowSpan ?? 1;
    if (span === 1) continue;
    const have = heights.slice(p.row, p.row + span).reduce((a, b) => a + b, 0);
    const last = p.row + span - 1;
    const missing = need(p) - have;
    if (missing > 0) heights[last] = (heights[last] ?? MIN_ROW) + missing;
  }
  // Band end per row: the last row any rowspan starting in the band reaches.
  const bandEnd = heights.map((_, r) => r);
  for (const p of placed) {
    const end = p.row + (p.cell.rowSpan ?? 1) - 1;
    for (let r = p.row; r <= end; r++) bandEnd[r] = Math.max(bandEnd[r] ?? r, end);
  }
  const top = new Array<number>(table.rows.length).fill(0);
  let y = doc.y;
  let r = 0;
  while (r < table.rows.length) {
    let end = r;
    while (end < (bandEnd[end] ?? end)) end = bandEnd[end] ?? end;
    const bandHeight = heights.slice(r, end + 1).reduce((a, b) => a + b, 0);
    if (y + bandHeight > pageHeight - margins.bottom && y > margins.top + 1) {
      doc.addPage();
      y = margins.top;
    }
    for (let i = r; i <= end; i++) {
      top[i] = y;
      y += heights[i] ?? MIN_ROW;
    }
    drawCells(
      doc,
      placed.filter((p) => p.row >= r && p.row <= end),
      top,
      heights,
      x,
    );
    r = end + 1;
  }
  doc.y = y + 8;
}

function drawCells(
  doc: PdfCanvas,
  cells: readonly Placed[],
  top: readonly number[],
  heights: readonly number[],
  x: (c: number) => number,
): void {
  doc.lineWidth(0.5);
  for (const p of cells) {
    const rowSpan = p.cell.rowSpan ?? 1;
    const left = x(p.col);
    const width = x(p.col + (p.cell.colSpan ?? 1)) - left;
    const height = heights.slice(p.row, p.row + rowSpan).reduce((a, b) => a + b, 0);
    const y0 = top[p.row] ?? 0;
    doc.rect(left, y0, width, height).stroke();
    if (p.cell.text === '') continue;
    const textHeight = doc.heightOfString(p.cell.text, { width: width - 2 * PAD });
    doc.text(p.cell.text, left + PAD, y0 + (height - textHeight) / 2, {
      width: width - 2 * PAD,
      align: p.cell.align ?? 'center',
      lineBreak: true,
    });
  }
}
