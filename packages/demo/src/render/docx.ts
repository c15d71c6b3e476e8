import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { SyntheticReport } from '../model/synthetic-report.ts';
import type { Block, TableBlock } from './document/blocks.ts';
import { buildDocument } from './document/build-document.ts';
import { normalizeOfficeZip } from './zip-normalize.ts';

/** Text width of an A4 page with the usual government-document margins, in twips. */
const PAGE_WIDTH = 8850;
const BODY_FONT = { ascii: 'Times New Roman', eastAsia: '仿宋_GB2312', hAnsi: 'Times New Roman' };

function tableOf(block: TableBlock): Table {
  const total = block.widths.reduce((a, b) => a + b, 0);
  const columnWidths = block.widths.map((w) => Math.round((w / total) * PAGE_WIDTH));
  return new Table({
    columnWidths,
    width: { size: PAGE_WIDTH, type: WidthType.DXA },
    rows: block.rows.map(
      (row) =>
        new TableRow({
          children: row.map(
            (cell) =>
              new TableCell({
                children: [
                  new Paragraph({
                    alignment: cell.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
                    children: [new TextRun({ text: cell.text, size: 21, font: { eastAsia: '宋体' } })],
                  }),
                ],
                verticalAlign: VerticalAlign.CENTER,
                ...(cell.rowSpan && cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
                ...(cell.colSpan && cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
              }),
          ),
        }),
    ),
  });
}

function childrenOf(block: Block): (Paragraph | Table)[] {
  switch (block.type) {
    case 'title':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 240 },
          children: [
            new TextRun({ text: block.text, bold: true, size: 36, font: { eastAsia: '方正小标宋简体' } }),
          ],
        }),
      ];
    case 'heading':
      return [
        new Paragraph({
          indent: { firstLine: 640 },
          children: [new TextRun({ text: block.text, size: 32, font: { eastAsia: '黑体' } })],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph(
          block.align === 'right'
            ? {
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: block.text, size: 32, font: BODY_FONT })],
              }
            : {
                indent: { firstLine: 640 },
                children: [new TextRun({ text: block.text, size: 32, font: BODY_FONT })],
              },
        ),
      ];
    case 'table':
      // An empty paragraph after each table keeps consecutive tables from merging in Word.
      return [tableOf(block), new Paragraph({ children: [] })];
  }
}

/** A docx rendering: paragraphs and Word tables with real merges (w:vMerge, w:gridSpan). */
export async function renderDocx(report: SyntheticReport): Promise<Uint8Array> {
  const blocks = buildDocument(report);
  const title = blocks[0]?.type === 'title' ? blocks[0].text : report.agency;
  const doc = new Document({
    creator: report.agency,
    title,
    sections: [{ children: blocks.flatMap(childrenOf) }],
  });
  const bytes = await Packer.toBuffer(doc);
  return normalizeOfficeZip(new Uint8Array(bytes), report.published);
}
