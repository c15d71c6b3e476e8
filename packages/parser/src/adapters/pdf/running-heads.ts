import { joinRuns } from './lines.ts';
import type { PageContent, TextLine } from './pdf-types.ts';

// Share of the page height at the top and bottom where running heads and page numbers live.
const BAND = 0.12;
// How many lines from each end of a page are candidates.
const PER_END = 2;

const PAGE_NUMBER = [
  /^[-—–－\s]*\d{1,4}[-—–－\s]*$/u,
  /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/u,
  /^\d{1,4}\s*\/\s*\d{1,4}$/u,
  /^page\s*\d{1,4}(\s*of\s*\d{1,4})?$/iu,
];

/**
 * Which lines are page furniture: page numbers (`- 3 -`, `第3页 共8页`, `3/8`) and the same text
 * (digits ignored), at the same height and size, repeated at the top or bottom of at least two
 * pages and half of them. Only the
 * two outermost lines at each end of a page, inside its top or bottom 12%, are considered, so a
 * report's title or a table at the page edge is never taken.
 */
export function runningHeads(
  pages: readonly { page: PageContent; lines: readonly TextLine[] }[],
): Set<TextLine> {
  const drop = new Set<TextLine>();
  const byKey = new Map<string, { lines: TextLine[]; pages: Set<number> }>();
  for (const { page, lines } of pages) {
    const [, y0, , y1] = page.box;
    const height = y1 - y0;
    const ends = [
      ...lines.slice(0, PER_END).filter((l) => l.y > y1 - BAND * height),
      ...lines.slice(-PER_END).filter((l) => l.y < y0 + BAND * height),
    ];
    for (const line of new Set(ends)) {
      const text = joinRuns(line.runs);
      if (PAGE_NUMBER.some((p) => p.test(text))) {
        drop.add(line);
        continue;
      }
      // Running heads sit at the same height in the same size on every page; a title that happens
      // to read like the head (the agency's name) is printed elsewhere and larger.
      const place = `${Math.round(line.y / 4)}:${Math.round(line.size)}`;
      const key = `${place}:${text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
      const entry = byKey.get(key) ?? { lines: [], pages: new Set<number>() };
      entry.lines.push(line);
      entry.pages.add(page.index);
      byKey.set(key, entry);
    }
  }
  for (const { lines, pages: on } of byKey.values()) {
    if (on.size >= 2 && on.size * 2 >= pages.length) for (const line of lines) drop.add(line);
  }
  return drop;
}
