import type { Block, Cell, ReportDocument, Row } from '../../document.ts';
import { trimText } from './join-text.ts';

// Characters that would break the one-line-per-row text rendering (cells are tab-separated).
const LINE_BREAKS = /[\r\n\u2028\u2029\f\v]+/gu;
const CELL_BREAKS = /[\t\r\n\u2028\u2029\f\v]+/gu;

/**
 * Writes the text rendering of a structured document (html, docx, pdf) and the blocks that point
 * into it: each paragraph on its own line, each table row on one line with cells separated by
 * tabs, blocks separated by a blank line. The recogniser then reads it exactly like a text file.
 */
export class DocumentBuilder {
  private text = '';
  private readonly blocks: Block[] = [];

  /**
   * Adds a paragraph (trimmed; skipped when blank). `sameBlock` puts it on the next line instead of
   * after a blank line, for lines split by a hard break (`<br>`, `w:br`).
   */
  paragraph(raw: string, sameBlock = false): void {
    const text = trimText(raw.replace(LINE_BREAKS, ' '));
    if (text === '') return;
    this.separate(sameBlock ? '\n' : '\n\n');
    const start = this.text.length;
    this.text += text;
    this.blocks.push({ kind: 'paragraph', start, end: this.text.length, text });
  }

  /**
   * Adds a table given as a grid of cell texts, one array per printed row (spanned slots hold '').
   * Rows without any slot are dropped; a table without rows adds nothing.
   */
  table(grid: readonly (readonly string[])[]): void {
    const rows = grid.filter((r) => r.length > 0);
    if (rows.length === 0) return;
    this.separate('\n\n');
    const start = this.text.length;
    const out: Row[] = [];
    // Loops rather than callbacks: every cell of every table passes here.
    for (let r = 0; r < rows.length; r++) {
      const slots = rows[r] ?? [];
      if (r > 0) this.text += '\n';
      const rowStart = this.text.length;
      const cells: Cell[] = [];
      for (let c = 0; c < slots.length; c++) {
        if (c > 0) this.text += '\t';
        const text = trimText((slots[c] ?? '').replace(CELL_BREAKS, ' '));
        const cellStart = this.text.length;
        this.text += text;
        cells.push({ start: cellStart, end: this.text.length, text });
      }
      out.push({ start: rowStart, end: this.text.length, cells });
    }
    this.blocks.push({ kind: 'table', start, end: this.text.length, rows: out });
  }

  /** The document; its text ends with one newline like a saved text file. */
  build(): ReportDocument {
    return { text: this.text === '' ? '' : `${this.text}\n`, blocks: this.blocks };
  }

  private separate(separator: string): void {
    if (this.text !== '') this.text += separator;
  }
}
