import { textBlocks } from '../../adapters/text-blocks.ts';
import { readCellValue } from '../../cell-value.ts';

/** A grid slot of a table with merged cells: a cell's origin, or a slot it covers. */
export type Slot =
  | { kind: 'origin'; text: string; colSpan: number; rowSpan: number }
  | { kind: 'covered'; row: number; col: number };

/** A table as a word processor holds it: every row lists `width` slots. */
export interface SpanTable {
  width: number;
  rows: Slot[][];
}

export type FixtureBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; table: SpanTable };

/**
 * The blocks of a text fixture, with merged cells inferred the way the printed report has them:
 * a group label printed once over the rows below it (an empty first cell under a label becomes a
 * vertical merge), header cells spanning the empty cells after them, and a row label spanning the
 * empty label columns before the first number. Expanding the merges gives back the text's grid,
 * so a DOCX or PDF written from these blocks must read as the same values.
 */
export function fixtureBlocks(text: string): FixtureBlock[] {
  return textBlocks(text).map((block) => {
    if (block.kind === 'paragraph') return { kind: 'paragraph', text: block.text };
    const grid = block.rows.map((r) => r.cells.map((c) => c.text));
    return { kind: 'table', table: inferSpans(grid) };
  });
}

const isNumber = (s: string) => readCellValue(s).kind === 'number';
const isLabel = (s: string) => s !== '' && !isNumber(s);

/** Infers merged cells from an expanded grid (see `fixtureBlocks`). */
export function inferSpans(input: readonly (readonly string[])[]): SpanTable {
  const width = input.reduce((w, r) => Math.max(w, r.length), 0);
  const grid = input.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
  const firstData = grid.findIndex((r) => r.some(isNumber));
  const rows: Slot[][] = grid.map(() => []);
  const origin = (r: number, c: number) => rows[r]?.[c];

  grid.forEach((line, r) => {
    const out = rows[r] ?? [];
    // Vertical: the first cell continues the label above when this row leaves it empty.
    const above = r > 0 ? rootOf(rows, r - 1, 0) : undefined;
    const top = above === undefined ? undefined : origin(above.row, above.col);
    if (top?.kind === 'origin' && above !== undefined && isLabel(top.text) && line.some((s) => s !== '')) {
      const span = top.colSpan;
      if (line.slice(0, span).every((s) => s === '')) {
        top.rowSpan++;
        for (let c = 0; c < span; c++) out[c] = { kind: 'covered', row: above.row, col: above.col };
      }
    }
    const headerish =
      !line.some(isNumber) &&
      (firstData === -1 || r < firstData || line.filter((s) => s !== '').length === 1);
    for (let c = 0; c < width; c++) {
      if (out[c] !== undefined) continue;
      const text = line[c] ?? '';
      let k = c + 1;
      while (k < width && line[k] === '' && out[k] === undefined) k++;
      const spans = isLabel(text) && (headerish || (k < width && isNumber(line[k] ?? '')));
      const colSpan = spans ? k - c : 1;
      out[c] = { kind: 'origin', text, colSpan, rowSpan: 1 };
      for (let d = 1; d < colSpan; d++) out[c + d] = { kind: 'covered', row: r, col: c };
    }
    rows[r] = out;
  });
  return { width, rows };
}

function rootOf(rows: readonly Slot[][], r: number, c: number): { row: number; col: number } | undefined {
  const slot = rows[r]?.[c];
  if (slot === undefined) return undefined;
  return slot.kind === 'origin' ? { row: r, col: c } : { row: slot.row, col: slot.col };
}

/** Expands a span table back into its grid of slot texts (covered slots empty). */
export function expandSpans(table: SpanTable): string[][] {
  return table.rows.map((row) => row.map((slot) => (slot.kind === 'origin' ? slot.text : '')));
}
