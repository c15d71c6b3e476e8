import type { Block, ParagraphBlock } from '../document.ts';

// A line ended by one of these closes its paragraph even when it fills the whole width.
const CLOSED = /[。；;：:！!？?]$/u;
// Headings and list items start a new paragraph: 一、 （二） 3. ① 第一
const OPENS =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|[①-⑳]|第[一二三四五六七八九十]+[，、,])/u;
// Punctuation inside a line: a heading has none, a wrapped line of prose almost always has some.
const INNER = /[，,。；;、：:]/u;
// How many lines of one length make that length the wrap width, and how close to it a line
// must come (digits and Latin letters are narrower than ideographs, so lines vary a little).
const MIN_WRAPPED_LINES = 2;
const MIN_WIDTH = 16;
const SLACK = 3;

/**
 * Joins the lines of hard-wrapped prose (PDF-to-text breaks a paragraph every N characters) into
 * one paragraph, so a figure broken over a line end (`培训90余\n人次`) reads whole. A line is
 * wrapped when it is about as long as the text's most common line length, does not end a
 * sentence, and the next line follows without a blank line and does not open a heading.
 */
export function joinWrappedParagraphs(text: string, blocks: Block[]): Block[] {
  const width = wrapWidth(blocks);
  if (width === null) return blocks;
  const out: Block[] = [];
  for (const block of blocks) {
    const prev = out[out.length - 1];
    if (block.kind === 'paragraph' && prev?.kind === 'paragraph' && continues(text, prev, block, width)) {
      out[out.length - 1] = {
        kind: 'paragraph',
        start: prev.start,
        end: block.end,
        text: text.slice(prev.start, block.end),
      };
    } else out.push(block);
  }
  return out;
}

function continues(text: string, prev: ParagraphBlock, next: ParagraphBlock, width: number): boolean {
  const between = text.slice(prev.end, next.start);
  // Exactly one line break between them (no blank line).
  if (!/^[ \t\u3000]*(?:\r\n|\r|\n)[ \t\u3000]*$/u.test(between)) return false;
  const lastLine = lastLineOf(prev.text);
  if (lastLine.length < width - SLACK || CLOSED.test(lastLine)) return false;
  if (OPENS.test(lastLine) && !INNER.test(lastLine)) return false; // a heading of full width
  return !OPENS.test(next.text);
}

function lastLineOf(text: string): string {
  const at = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  return text.slice(at + 1).trim();
}

/**
 * The most common length among long lines that stop mid-sentence, when at least two share it:
 * in hard-wrapped text those are the lines the wrapping cut.
 */
function wrapWidth(blocks: readonly Block[]): number | null {
  const counts = new Map<number, number>();
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || b.text.length < MIN_WIDTH || CLOSED.test(b.text)) continue;
    counts.set(b.text.length, (counts.get(b.text.length) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [length, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && length > best)) {
      best = length;
      bestCount = count;
    }
  }
  return bestCount >= MIN_WRAPPED_LINES ? best : null;
}
