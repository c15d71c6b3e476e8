import type { SyntheticReport } from '../model/synthetic-report.ts';
import { type Block, expandGrid, type TableBlock } from './document/blocks.ts';
import { buildDocument } from './document/build-document.ts';
import { encodeText } from './encode.ts';
import type { LineEnding, TextEncoding, TxtLayout } from './render-spec.ts';

/** Options of the txt writer. */
export interface TxtOptions {
  layout: TxtLayout;
  encoding: TextEncoding;
  eol: LineEnding;
}

/** One table as text lines: every grid position a cell (covered ones empty), or one cell per line. */
function tableText(table: TableBlock, layout: TxtLayout): string {
  if (layout === 'lines') {
    // As copied out of a PDF viewer: each cell on its own line, cells apart by a blank line.
    return table.rows.map((row) => row.map((cell) => cell.text).join('\n\n')).join('\n\n');
  }
  return expandGrid(table)
    .map((row) => {
      const cells = row.map((slot) => (slot.kind === 'origin' ? slot.cell.text : ''));
      if (layout === 'tab') return cells.join('\t');
      const line = cells.join(' | ');
      return layout === 'pipe-bordered' ? `| ${line} |` : line;
    })
    .join('\n');
}

/** The report as plain text with `\n` line ends, blocks apart by a blank line as in the real sample. */
export function documentText(blocks: readonly Block[], layout: TxtLayout): string {
  return blocks.map((b) => (b.type === 'table' ? tableText(b, layout) : b.text)).join('\n\n');
}

/**
 * A txt rendering. The text starts with an empty line and ends with a newline, like the sample;
 * a truncated report ends right after its last table-3 row, with no newline.
 */
export function renderTxt(report: SyntheticReport, options: TxtOptions): Uint8Array {
  const truncated = report.flaws.some((f) => f.kind === 'truncated');
  const text = `\n${documentText(buildDocument(report), options.layout)}${truncated ? '' : '\n'}`;
  return encodeText(text, options.encoding, options.eol);
}
