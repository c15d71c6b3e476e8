import type { Cell, Span } from '../document.ts';

/**
 * How a line of plain text reads:
 * - `cells`: two or more cells separated by tabs or pipes (`a | b`, `| a | b |`, `a\tb`);
 * - `rule`: a markdown rule row (`|---|---|`), part of a table but not a row of it;
 * - `pipe-cell`: one cell ended by a pipe (`规章 |`), web copies that print a cell per line;
 * - `bar`: a line holding only a pipe, which separates cells printed one per line;
 * - `text`: anything else that is not blank; `blank`: nothing but whitespace.
 */
export type LineKind = 'blank' | 'cells' | 'rule' | 'pipe-cell' | 'bar' | 'text';

export interface Line extends Span {
  kind: LineKind;
  /** The cells of a `cells`/`rule` line, or the one cell of a `pipe-cell` line. */
  cells: Cell[];
  /** The line without surrounding whitespace. */
  trimmed: Span;
}

const RULE_CELL = /^:?-{2,}:?$/;
const TAB = 0x09;
/** `|` and the full-width `｜`. */
export const isPipe = (c: number) => c === 0x7c || c === 0xff5c;

/** Every line of the text (CR, LF and CRLF breaks), classified. */
export function splitLines(text: string): Line[] {
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

function toLine(text: string, start: number, end: number): Line {
  const trimmed = trimSpan(text, start, end);
  if (trimmed.start === trimmed.end) return line(start, end, trimmed, 'blank', []);
  // One pass over the line: pipes (and whether one stands between spaces), full-width pipes, tabs.
  let pipes = 0;
  let spacedPipe = false;
  let wide = false;
  let tab = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === TAB) tab = true;
    else if (isPipe(c)) {
      pipes++;
      if (c === 0xff5c) wide = true;
      else if (
        text.charCodeAt(i - 1) === 0x20 &&
        text.charCodeAt(i + 1) === 0x20 &&
        i > start &&
        i + 1 < end
      ) {
        spacedPipe = true;
      }
    }
  }
  const length = trimmed.end - trimmed.start;
  const first = text.charCodeAt(trimmed.start);
  const last = text.charCodeAt(trimmed.end - 1);
  if (pipes === 1 && length === 1) return line(start, end, trimmed, 'bar', []);
  // One trailing pipe and no other: a cell printed on its own line.
  if (pipes === 1 && isPipe(last)) {
    const cell = trimSpan(text, trimmed.start, trimmed.end - 1);
    return line(start, end, trimmed, 'pipe-cell', [cellOf(text, cell)]);
  }
  const bordered = length > 1 && isPipe(first) && isPipe(last);
  // Spaced pipes, the full-width ｜, or two bare pipes: prose rarely has any of them.
  if (bordered || wide || spacedPipe || pipes >= 2) {
    // A pipe opening the line is a border even when the closing one is missing (a row cut short);
    // after leading blanks it separates an empty first cell (` | (二) 部分公开 | 3`).
    const from = bordered || isPipe(text.charCodeAt(start)) ? trimmed.start + 1 : trimmed.start;
    const to = bordered ? trimmed.end - 1 : trimmed.end;
    const cells = splitCells(text, from, to, isPipe);
    const rule = cells.every((c) => RULE_CELL.test(c.text));
    return line(start, end, trimmed, rule ? 'rule' : 'cells', cells);
  }
  // Leading tabs are empty cells (a row whose first column is blank), so split the whole line.
  if (tab) return line(start, end, trimmed, 'cells', splitCells(text, start, end, isTab));
  return line(start, end, trimmed, 'text', []);
}

// A module-level function, not a closure per line: tsx (keepNames) wraps every closure it creates.
function line(start: number, end: number, trimmed: Span, kind: LineKind, cells: Cell[]): Line {
  return { start, end, trimmed, kind, cells };
}

const isTab = (c: number) => c === TAB;

/** Cells between separators in `[from, to)`, each trimmed. */
export function splitCells(
  text: string,
  from: number,
  to: number,
  isSeparator: (c: number) => boolean,
): Cell[] {
  const cells: Cell[] = [];
  let cellStart = from;
  for (let k = from; k <= to; k++) {
    if (k === to || isSeparator(text.charCodeAt(k))) {
      cells.push(cellOf(text, trimSpan(text, cellStart, k)));
      cellStart = k + 1;
    }
  }
  return cells;
}

export function cellOf(text: string, span: Span): Cell {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

/** Whitespace a cell or line is trimmed of: ASCII blanks, NBSP, the ideographic space, BOM. */
export const isSpace = (c: number) =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x3000 ||
  c === 0xfeff ||
  (c >= 0x2000 && c <= 0x200b);

/** The span without leading/trailing whitespace (an all-blank span collapses to its start). */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}
