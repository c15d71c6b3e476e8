import { readCellValue } from '../cell-value.ts';
import type { Cell, Row, TableBlock } from '../document.ts';
import { cellOf, isSpace, type Line } from './text-lines.ts';

// A line that can be a table cell or row: short, and no sentence ends inside it (prose has them).
const MAX_CELL_LINE = 90;
const SENTENCE_END = /[。；;！!？?]/u;
// A run needs this many number cells before it is read as a table rather than as short paragraphs.
const MIN_NUMBERS = 4;
// An ordinal printed alone (`2.`): the next row's number pushed onto the line above by PDF-to-text.
const ORDINAL_ONLY =
  /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]$|^[(（][一二三四五六七八九十\d]{1,3}[)）]$/u;
const SINGLE_HAN = /^\p{Script=Han}$/u;

/** True for a text line that may belong to a table printed without tabs or pipes. */
export function isCellLike(text: string, line: Line): boolean {
  if (line.kind !== 'text') return line.kind === 'pipe-cell' || line.kind === 'bar' || line.kind === 'blank';
  const length = line.trimmed.end - line.trimmed.start;
  return length <= MAX_CELL_LINE && !SENTENCE_END.test(text.slice(line.trimmed.start, line.trimmed.end));
}

const isNumber = (s: string) => readCellValue(s).kind === 'number';
const isValue = (s: string) => readCellValue(s).kind !== 'text';

interface Token extends Cell {
  /** Whitespace characters between this token and the previous one. */
  gap: number;
}

function tokens(text: string, line: Line): Token[] {
  const out: Token[] = [];
  let i = line.trimmed.start;
  let gap = 0;
  while (i < line.trimmed.end) {
    if (isSpace(text.charCodeAt(i))) {
      gap++;
      i++;
      continue;
    }
    const start = i;
    while (i < line.trimmed.end && !isSpace(text.charCodeAt(i))) i++;
    out.push({ start, end: i, text: text.slice(start, i), gap });
    gap = 0;
  }
  return out;
}

/** Number of value tokens at the end of the line, ignoring one trailing glued ordinal. */
function valueTail(toks: readonly Token[]): number {
  let k = toks.length - 1;
  if (k > 0 && ORDINAL_ONLY.test(toks[k]?.text ?? '')) k--;
  let n = 0;
  while (k >= 0 && isValue(toks[k]?.text ?? '')) {
    n++;
    k--;
  }
  return k < 0 ? 0 : n; // a line of numbers alone is not a labelled row
}

/**
 * Reads a run of loose lines (no tabs, no cell-separating pipes) as a table, or returns null when
 * it is not one. Three renderings are recognised:
 * - PDF-to-text: a whole row per line, cells separated by spaces (`规章 0 0 0`), headers perhaps
 *   one character per line;
 * - one cell per line, separated by blank lines or by lines holding only `|`, or each ended by ` |`;
 *   the table comes back with one cell per row and the recogniser rebuilds the rows from labels.
 */
export function looseTable(text: string, run: readonly Line[]): TableBlock | null {
  const content = run.filter((l) => l.kind !== 'blank');
  const first = content[0];
  const last = content[content.length - 1];
  if (first === undefined || last === undefined) return null;
  const span = { start: first.start, end: last.end };

  const pipeLines = content.filter((l) => l.kind === 'pipe-cell' || l.kind === 'bar').length;
  if (pipeLines >= 2) {
    const cells = pipeStream(text, content);
    return countNumbers(cells) >= MIN_NUMBERS ? streamTable(span, cells) : null;
  }
  const lineTokens = content.map((l) => tokens(text, l));
  const rowsWithValues = lineTokens.filter((t) => valueTail(t) >= 2).length;
  if (rowsWithValues >= 2) return { kind: 'table', ...span, rows: spacedRows(text, content, lineTokens) };
  const cells = blankSeparatedStream(text, run);
  return countNumbers(cells) >= MIN_NUMBERS ? streamTable(span, cells) : null;
}

function countNumbers(cells: readonly Cell[]): number {
  return cells.filter((c) => isNumber(c.text)).length;
}

function streamTable(span: { start: number; end: number }, cells: readonly Cell[]): TableBlock {
  return { kind: 'table', ...span, rows: cells.map((c) => ({ start: c.start, end: c.end, cells: [c] })) };
}

/** Cells printed one per line with pipes: ended by ` |`, or separated by lines holding `|`. */
function pipeStream(text: string, content: readonly Line[]): Cell[] {
  const ended = content.filter((l) => l.kind === 'pipe-cell' && l.cells[0]?.text !== '').length;
  const bare = content.filter((l) => l.kind === 'text').length;
  const cells: Cell[] = [];
  if (ended >= bare) {
    // Every cell ends in a pipe; a line holding only the pipe is an empty cell.
    for (const l of content) {
      if (l.kind === 'bar') cells.push(cellOf(text, { start: l.trimmed.start, end: l.trimmed.start }));
      else if (l.kind === 'pipe-cell') cells.push(l.cells[0] ?? cellOf(text, l.trimmed));
      else cells.push(cellOf(text, l.trimmed));
    }
    return cells;
  }
  // Bars separate cells; two bars with nothing between them enclose an empty cell.
  let sinceBar = -1; // cells since the last bar; -1 before the first bar
  for (const l of content) {
    if (l.kind === 'bar') {
      if (sinceBar === 0) cells.push(cellOf(text, { start: l.trimmed.start, end: l.trimmed.start }));
      sinceBar = 0;
      continue;
    }
    cells.push(l.kind === 'pipe-cell' ? (l.cells[0] ?? cellOf(text, l.trimmed)) : cellOf(text, l.trimmed));
    if (sinceBar >= 0) sinceBar++;
  }
  return cells;
}

/**
 * Cells printed one per line, separated by blank lines. The usual separator is the most common
 * number of blank lines between two cells; every further separator's worth of blank lines is an
 * empty cell.
 */
function blankSeparatedStream(text: string, run: readonly Line[]): Cell[] {
  const gaps: number[] = [];
  const cells: Cell[] = [];
  let blanks = -1;
  for (const l of run) {
    if (l.kind === 'blank') {
      if (blanks >= 0) blanks++;
      continue;
    }
    if (blanks >= 0) gaps.push(blanks);
    cells.push(cellOf(text, l.trimmed));
    blanks = 0;
  }
  const usual = mode(gaps);
  const out: Cell[] = [];
  cells.forEach((cell, i) => {
    const gap = i === 0 ? usual : (gaps[i - 1] ?? usual);
    const empties = Math.max(0, Math.round((gap - usual) / (usual + 1)));
    for (let k = 0; k < empties; k++) out.push({ start: cell.start, end: cell.start, text: '' });
    out.push(cell);
  });
  return out;
}

function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount || (n === bestCount && v < best)) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Rows printed one per line with spaces between cells. When the values are separated by two or
 * more spaces, single spaces belong to the cell text (`(一) 予以公开`); otherwise every space
 * separates, and an ordinal left alone (`(一)`) is joined to the text after it. Consecutive lines of
 * one character (a header spelled down a narrow column) become one cell.
 */
function spacedRows(text: string, content: readonly Line[], lineTokens: readonly Token[][]): Row[] {
  const wide = lineTokens
    .filter((t) => valueTail(t) >= 2)
    .every((t) => t.slice(-valueTail(t)).every((tok) => tok.gap >= 2));
  const rows: Row[] = [];
  content.forEach((line, n) => {
    const toks = lineTokens[n] ?? [];
    const cells = wide ? mergeNarrowGaps(text, toks, 2) : mergeOrdinals(text, toks);
    const prev = rows[rows.length - 1];
    const only = cells.length === 1 ? cells[0] : undefined;
    const prevOnly = prev?.cells.length === 1 ? prev.cells[0] : undefined;
    if (only !== undefined && prev !== undefined && prevOnly !== undefined && isStacked(only, prevOnly)) {
      const joined = { start: prevOnly.start, end: only.end, text: prevOnly.text + only.text };
      rows[rows.length - 1] = { start: prev.start, end: line.end, cells: [joined] };
      return;
    }
    rows.push({ start: line.start, end: line.end, cells });
  });
  return rows;
}

/** A one-character line under another one-character (or stacked) line. */
function isStacked(cell: Cell, above: Cell): boolean {
  return SINGLE_HAN.test(cell.text) && /^\p{Script=Han}+$/u.test(above.text) && above.text.length < 12;
}

/** Tokens joined into cells wherever fewer than `minGap` spaces separate them. */
function mergeNarrowGaps(text: string, toks: readonly Token[], minGap: number): Cell[] {
  const cells: Cell[] = [];
  for (const tok of toks) {
    const prev = cells[cells.length - 1];
    if (prev !== undefined && tok.gap < minGap) {
      cells[cells.length - 1] = cellOf(text, { start: prev.start, end: tok.end });
    } else cells.push(cellOf(text, tok));
  }
  return cells;
}

/** Tokens as cells, an ordinal alone (`(一)`, `1.`) joined to the label that follows it. */
function mergeOrdinals(text: string, toks: readonly Token[]): Cell[] {
  const cells: Cell[] = [];
  toks.forEach((tok, i) => {
    const prev = cells[cells.length - 1];
    const prevTok = toks[i - 1];
    if (
      prev !== undefined &&
      prevTok !== undefined &&
      ORDINAL_ONLY.test(prevTok.text) &&
      !isValue(tok.text)
    ) {
      if (prev.end === prevTok.end) {
        cells[cells.length - 1] = cellOf(text, { start: prev.start, end: tok.end });
        return;
      }
    }
    cells.push(cellOf(text, tok));
  });
  return cells;
}
