import type { Block, Cell, Row } from '../document.ts';

interface Line {
  start: number;
  end: number;
  /** Set when the line splits into cells (tab- or pipe-separated). */
  cells: Cell[] | null;
  /** A markdown rule row (`|---|---|`): part of a table, not a row of it. */
  rule: boolean;
}

const RULE_CELL = /^:?-{2,}:?$/;

/**
 * Splits plain text into blocks: one paragraph per non-blank line, and tables from runs of
 * tab- or `|`-separated lines. Blank lines do not end a table (reports put them between table
 * parts); a run only becomes a table when some line has two or more non-empty cells, so a heading
 * with a stray tab stays a paragraph.
 */
export function textBlocks(text: string): Block[] {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (line.cells === null) {
      pushParagraph(blocks, text, line);
      i++;
      continue;
    }
    // Gather the run of cell lines, allowing blank lines between them.
    let j = i;
    let last = i;
    while (j < lines.length) {
      const l = lines[j] as Line;
      if (l.cells !== null) last = j;
      else if (text.slice(l.start, l.end).trim() !== '') break;
      j++;
    }
    const run = lines.slice(i, last + 1).filter((l) => l.cells !== null);
    if (run.some((l) => l.cells !== null && l.cells.filter((c) => c.text !== '').length >= 2)) {
      const rows: Row[] = run.flatMap((l) =>
        l.cells === null || l.rule ? [] : [{ start: l.start, end: l.end, cells: l.cells }],
      );
      const first = run[0] as Line;
      const end = (run[run.length - 1] as Line).end;
      blocks.push({ kind: 'table', start: first.start, end, rows });
    } else {
      for (const l of run) pushParagraph(blocks, text, l);
    }
    i = last + 1;
  }
  return blocks;
}

function pushParagraph(blocks: Block[], text: string, line: Line): void {
  const span = trimSpan(text, line.start, line.end);
  if (span.start === span.end) return;
  blocks.push({ kind: 'paragraph', ...span, text: text.slice(span.start, span.end) });
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = start;
    for (
      let c = text.charCodeAt(end);
      end < text.length && c !== 0x0a && c !== 0x0d;
      c = text.charCodeAt(++end)
    );
    lines.push(toLine(text, start, end));
    if (end >= text.length) break;
    start = text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
  }
  return lines;
}

const TAB = 0x09;
const isPipe = (c: number) => c === 0x7c || c === 0xff5c; // | and ｜

function toLine(text: string, start: number, end: number): Line {
  const raw = text.slice(start, end);
  const trimmed = trimSpan(text, start, end);
  const bordered =
    trimmed.end - trimmed.start > 1 &&
    isPipe(text.charCodeAt(trimmed.start)) &&
    isPipe(text.charCodeAt(trimmed.end - 1));
  // Spaced pipes, the full-width ｜, or two bare pipes: prose rarely has any of them.
  if (bordered || raw.includes('｜') || / [|｜] /.test(raw) || raw.indexOf('|') !== raw.lastIndexOf('|')) {
    const from = bordered ? trimmed.start + 1 : start;
    const to = bordered ? trimmed.end - 1 : end;
    const cells = splitCells(text, from, to, isPipe);
    return { start, end, cells, rule: cells.every((c) => RULE_CELL.test(c.text)) };
  }
  if (raw.includes('\t'))
    return { start, end, cells: splitCells(text, start, end, (c) => c === TAB), rule: false };
  return { start, end, cells: null, rule: false };
}

function splitCells(text: string, from: number, to: number, isSeparator: (c: number) => boolean): Cell[] {
  const cells: Cell[] = [];
  let cellStart = from;
  for (let k = from; k <= to; k++) {
    if (k === to || isSeparator(text.charCodeAt(k))) {
      const span = trimSpan(text, cellStart, k);
      cells.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end) });
      cellStart = k + 1;
    }
  }
  return cells;
}

// Whitespace a cell or line is trimmed of: ASCII blanks, NBSP, the ideographic space, BOM.
const isSpace = (c: number) =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x3000 ||
  c === 0xfeff ||
  (c >= 0x2000 && c <= 0x200b);

/** The span without leading/trailing whitespace (an all-blank span collapses to its start). */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}
