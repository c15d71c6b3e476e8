import { joinPieces } from '../rendering/join-text.ts';
import { joinRuns } from './lines.ts';
import type { TextLine } from './pdf-types.ts';

/** A line of flowing text with the page measures needed to see where paragraphs end. */
export interface FlowLine {
  line: TextLine;
  /** The page's body left edge and right edge (most lines start and end there). */
  left: number;
  right: number;
  /** The horizontal centre of the page. */
  centre: number;
  /** First line on its page. */
  pageStart: boolean;
}

/**
 * Joins wrapped lines into paragraphs. A line starts a new paragraph when the font size changes,
 * when the gap above it is wider than line spacing, when it is indented (first-line indent,
 * centred headings), or when the line before it stopped short of the right edge. Consecutive
 * centred lines of one size (a title wrapped over two lines) are joined.
 */
export function paragraphs(lines: readonly FlowLine[]): string[] {
  const out: string[][] = [];
  let prev: FlowLine | undefined;
  for (const cur of lines) {
    const text = joinRuns(cur.line.runs);
    if (text === '') continue;
    const last = out[out.length - 1];
    if (prev === undefined || last === undefined || startsParagraph(prev, cur)) out.push([text]);
    else last.push(text);
    prev = cur;
  }
  return out.map((pieces) => joinPieces(pieces));
}

function startsParagraph(prev: FlowLine, cur: FlowLine): boolean {
  const size = cur.line.size;
  if (Math.abs(size - prev.line.size) > 0.15 * prev.line.size) return true;
  if (!cur.pageStart && prev.line.y - cur.line.y > 1.9 * Math.max(size, prev.line.size)) return true;
  if (isCentred(prev) && isCentred(cur)) return false;
  if (cur.line.x0 - cur.left > size) return true;
  return cur.right - prev.line.x1 > 2 * size;
}

function isCentred(l: FlowLine): boolean {
  const indent = l.line.x0 - l.left;
  const mid = (l.line.x0 + l.line.x1) / 2;
  return indent > l.line.size && Math.abs(mid - l.centre) < l.line.size;
}
