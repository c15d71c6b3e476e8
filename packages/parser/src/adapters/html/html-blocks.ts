import type { DocumentBuilder } from '../rendering/document-builder.ts';
import type { HtmlElement, HtmlNode } from './html-tree.ts';
import { BLOCK_TAGS, cellText, collapseInline } from './inline-text.ts';
import { dataTableCells, expandCells } from './table-grid.ts';

/**
 * Writes the blocks under the report's container: a paragraph per run of inline content between
 * block boundaries, a new line per `<br>`, and each data table as a grid. Layout tables (nested
 * tables, page-sized cells) are read through: each of their cells is a block container.
 */
export function writeHtmlBlocks(container: HtmlElement, builder: DocumentBuilder): void {
  let pieces: string[] = [];
  // The next paragraph continues the previous one's block on a new line (after a `<br>`).
  let nextLine = false;

  const flush = () => {
    const text = collapseInline(pieces.join(''));
    pieces = [];
    if (text.trim() === '') return;
    builder.paragraph(text, nextLine);
    nextLine = false;
  };
  const lineBreak = () => {
    const blank = pieces.join('').trim() === '';
    flush();
    // `<br><br>` is how editors separate paragraphs.
    nextLine = !blank;
  };
  const blockBoundary = () => {
    flush();
    nextLine = false;
  };

  const visit = (node: HtmlNode) => {
    if (typeof node === 'string') {
      pieces.push(node);
      return;
    }
    if (node.tag === 'br') {
      lineBreak();
      return;
    }
    const cells = node.tag === 'table' ? dataTableCells(node) : null;
    if (cells !== null) {
      blockBoundary();
      writeTable(node, cells, builder);
      return;
    }
    const block = BLOCK_TAGS.has(node.tag);
    if (block) blockBoundary();
    for (const child of node.children) visit(child);
    if (block) blockBoundary();
  };
  visit(container);
  blockBoundary();
}

function writeTable(table: HtmlElement, cellsByRow: HtmlElement[][], builder: DocumentBuilder): void {
  for (const child of table.children) {
    if (typeof child !== 'string' && child.tag === 'caption') builder.paragraph(cellText(child));
  }
  const rows = cellsByRow.filter((cells) => cells.length > 0);
  const grid: string[][] = [];
  for (const line of expandCells(rows)) {
    const texts: string[] = [];
    for (const cell of line) texts.push(cell === null ? '' : cellText(cell));
    grid.push(texts);
  }
  builder.table(grid);
}
