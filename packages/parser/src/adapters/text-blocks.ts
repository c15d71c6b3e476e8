import { readCellValue } from '../cell-value.ts';
import type { Block, Cell, Row } from '../document.ts';
import { type Line, splitLines } from './text-lines.ts';
import { isCellLike, looseTable } from './text-loose-tables.ts';
import { joinWrappedParagraphs } from './text-paragraphs.ts';

/**
 * Splits plain text into blocks: paragraphs, and tables in every rendering seen in copies of
 * published reports — tab- or `|`-separated rows (bordered or not, markdown rules, runs of pipes
 * for blank cells), rows printed with spaces between cells (PDF-to-text), and cells printed one
 * per line (ended by ` |`, separated by `|` lines or by blank lines). Blank lines do not end a
 * table; hard-wrapped prose lines are joined into paragraphs.
 */
export function textBlocks(text: string): Block[] {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (line.kind === 'blank') {
      i++;
    } else if (line.kind === 'cells' || line.kind === 'rule') {
      i = gridTable(text, lines, i, blocks);
    } else if (!isCellLike(text, line)) {
      pushParagraph(blocks, text, line);
      i++;
    } else {
      i = looseRun(text, lines, i, blocks);
    }
  }
  return joinWrappedParagraphs(text, blocks);
}

/** A run of tab/pipe rows (blank lines allowed between them); returns the index after it. */
function gridTable(text: string, lines: readonly Line[], from: number, blocks: Block[]): number {
  let j = from;
  let last = from;
  while (j < lines.length) {
    const l = lines[j] as Line;
    if (l.kind === 'cells' || l.kind === 'rule') last = j;
    else if (l.kind !== 'blank') break;
    j++;
  }
  const run = lines.slice(from, last + 1).filter((l) => l.kind === 'cells' || l.kind === 'rule');
  // A heading with a stray tab is not a table: some row must hold two non-empty cells.
  if (run.some((l) => l.cells.filter((c) => c.text !== '').length >= 2)) {
    const rows: Row[] = run.flatMap((l) =>
      l.kind === 'rule' ? [] : [{ start: l.start, end: l.end, cells: l.cells }],
    );
    const first = run[0] as Line;
    const end = (run[run.length - 1] as Line).end;
    blocks.push({ kind: 'table', start: first.start, end, rows: joinSplitRows(rows) });
  } else {
    for (const l of run) pushParagraph(blocks, text, l);
  }
  return last + 1;
}

/** A run of loose lines: a table in a loose rendering, or else paragraphs. */
function looseRun(text: string, lines: readonly Line[], from: number, blocks: Block[]): number {
  let j = from;
  let last = from;
  while (j < lines.length) {
    const l = lines[j] as Line;
    if (l.kind === 'cells' || l.kind === 'rule' || !isCellLike(text, l)) break;
    if (l.kind !== 'blank') last = j;
    j++;
  }
  const run = lines.slice(from, last + 1);
  const table = looseTable(text, run);
  if (table !== null) blocks.push(table);
  else for (const l of run) if (l.kind === 'text' || l.kind === 'pipe-cell') pushParagraph(blocks, text, l);
  return last + 1;
}

function pushParagraph(blocks: Block[], text: string, line: Line): void {
  const { start, end } = line.trimmed;
  if (start === end) return;
  blocks.push({ kind: 'paragraph', start, end, text: text.slice(start, end) });
}

const hasNumber = (row: Row) => row.cells.some((c) => readCellValue(c.text).kind === 'number');

/**
 * Rejoins rows that a line break inside a cell split in two (`信息内容\t本年新` + `制作数量\t…`):
 * two label rows whose cell counts add up, less the shared cell, to the width of the next data row.
 */
function joinSplitRows(rows: Row[]): Row[] {
  const numbered = rows.map(hasNumber);
  // Width of the next row with a number, for each row (one backward pass).
  const nextWidth: (number | undefined)[] = new Array(rows.length);
  let width: number | undefined;
  for (let k = rows.length - 1; k >= 0; k--) {
    nextWidth[k] = width;
    if (numbered[k]) width = rows[k]?.cells.length;
  }
  const out: Row[] = [];
  let outNumbered = false;
  for (let k = 0; k < rows.length; k++) {
    const a = out[out.length - 1];
    const b = rows[k] as Row;
    const w = nextWidth[k];
    const tail = a?.cells[a.cells.length - 1];
    const head = b.cells[0];
    if (
      a !== undefined &&
      tail !== undefined &&
      head !== undefined &&
      w !== undefined &&
      tail.text !== '' &&
      head.text !== '' &&
      !outNumbered &&
      !numbered[k] &&
      a.cells.length < w &&
      b.cells.length < w &&
      a.cells.length + b.cells.length - 1 === w
    ) {
      const joined: Cell = { start: tail.start, end: head.end, text: tail.text + head.text };
      out[out.length - 1] = {
        start: a.start,
        end: b.end,
        cells: [...a.cells.slice(0, -1), joined, ...b.cells.slice(1)],
      };
    } else {
      out.push(b);
      outNumbered = numbered[k] ?? false;
    }
  }
  return out;
}
