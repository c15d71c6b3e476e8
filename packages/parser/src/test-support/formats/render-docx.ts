import {
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { isCjkCode } from '../../adapters/rendering/join-text.ts';
import type { FixtureBlock, SpanTable } from './span-table.ts';

/**
 * Writes fixture blocks as a DOCX with the `docx` package: paragraphs split into several runs,
 * tables with real `w:gridSpan` and `w:vMerge`, and header cells written as two paragraphs
 * (`商业` / `企业`), as Word users type them.
 */
export async function renderDocx(blocks: readonly FixtureBlock[]): Promise<Uint8Array> {
  const children = blocks.map((b) => (b.kind === 'paragraph' ? paragraph(b.text) : table(b.table)));
  const doc = new Document({
    creator: 'nianbao parser tests',
    sections: [{ children: children.length > 0 ? children : [new Paragraph('')] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A paragraph split into runs every few characters, alternating bold, so run joining is exercised. */
function paragraph(text: string): Paragraph {
  const chars = [...text];
  const runs: TextRun[] = [];
  for (let i = 0; i < chars.length; i += 9)
    runs.push(new TextRun({ text: chars.slice(i, i + 9).join(''), bold: i % 18 === 9 }));
  return new Paragraph({ children: runs });
}

function table(t: SpanTable): Table {
  const rows = t.rows.map((row, r) => {
    const cells: TableCell[] = [];
    for (let c = 0; c < t.width; ) {
      const slot = row[c];
      if (slot === undefined) break;
      if (slot.kind === 'origin') {
        cells.push(
          new TableCell({
            children: cellParagraphs(slot.text, r === 0 || !/\d/.test(slot.text)),
            columnSpan: slot.colSpan > 1 ? slot.colSpan : undefined,
            verticalMerge: slot.rowSpan > 1 ? VerticalMergeType.RESTART : undefined,
          }),
        );
        c += slot.colSpan;
        continue;
      }
      const origin = t.rows[slot.row]?.[slot.col];
      const span = origin?.kind === 'origin' ? origin.colSpan : 1;
      if (slot.row < r && slot.col === c) {
        cells.push(
          new TableCell({
            children: [new Paragraph('')],
            columnSpan: span > 1 ? span : undefined,
            verticalMerge: VerticalMergeType.CONTINUE,
          }),
        );
      }
      c += slot.row < r && slot.col === c ? span : 1;
    }
    return new TableRow({ children: cells });
  });
  return new Table({
    rows,
    width: { size: 9000, type: WidthType.DXA },
    columnWidths: new Array<number>(t.width).fill(Math.floor(9000 / Math.max(1, t.width))),
  });
}

/** Short CJK header texts become two paragraphs split in the middle; everything else one. */
function cellParagraphs(text: string, header: boolean): Paragraph[] {
  const chars = [...text];
  const mid = Math.floor(chars.length / 2);
  const splittable =
    header &&
    chars.length >= 4 &&
    chars.length <= 8 &&
    isCjkCode((chars[mid - 1] ?? '').charCodeAt(0)) &&
    isCjkCode((chars[mid] ?? '').charCodeAt(0));
  if (!splittable) return [new Paragraph(text)];
  return [new Paragraph(chars.slice(0, mid).join('')), new Paragraph(chars.slice(mid).join(''))];
}
