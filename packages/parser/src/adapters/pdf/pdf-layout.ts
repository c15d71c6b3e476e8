import { groupLines } from './lines.ts';
import { type FlowLine, paragraphs } from './paragraphs.ts';
import type { PageContent, TextLine } from './pdf-types.ts';
import { type PdfTable, ruledTables } from './ruled-tables.ts';
import { runningHeads } from './running-heads.ts';
import { compactGrid, joinContinuation } from './table-merge.ts';
import { type FlowItem, textTables } from './text-tables.ts';

/** A block of the rebuilt document. */
export type PdfBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; grid: string[][] };

/**
 * Rebuilds the reading order of a document from its pages: ruled tables read cell by cell,
 * unruled tables from aligned text, running heads and page numbers dropped, wrapped lines joined
 * into paragraphs, and a table broken by a page break (same columns, nothing in between) joined
 * into one, without the header rows it repeats.
 */
export function layoutPages(pages: readonly PageContent[]): PdfBlock[] {
  const perPage = pages.map((page) => {
    const { tables, rest } = ruledTables(page.runs, page.hRules, page.vRules);
    return { page, tables, lines: groupLines(rest) };
  });
  const heads = runningHeads(perPage);
  const measures = bodyMeasures(perPage.flatMap((p) => p.lines.filter((l) => !heads.has(l))));

  const blocks: (PdfBlock | { kind: 'pdf-table'; table: PdfTable })[] = [];
  let flow: FlowLine[] = [];
  // The last table, while nothing but a page break follows it.
  let open: PdfTable | null = null;
  const flush = () => {
    for (const text of paragraphs(flow)) blocks.push({ kind: 'paragraph', text });
    if (flow.length > 0) open = null;
    flow = [];
  };
  for (const { page, tables, lines } of perPage) {
    const items = ordered(tables, textTables(lines.filter((l) => !heads.has(l))));
    const centre = (page.box[0] + page.box[2]) / 2;
    items.forEach((item, k) => {
      if (item.kind === 'line') {
        flow.push({ line: item.line, ...measures, centre, pageStart: k === 0 });
        return;
      }
      flush();
      if (open !== null && k === 0 && joinContinuation(open, item.table)) return;
      const table = { ...item.table, grid: [...item.table.grid] };
      blocks.push({ kind: 'pdf-table', table });
      open = table;
    });
    // Only a table that ends its page can continue on the next one.
    const last = items[items.length - 1];
    if (last === undefined || last.kind === 'line') open = null;
  }
  flush();
  return blocks.map((b) => (b.kind === 'pdf-table' ? { kind: 'table', grid: compactGrid(b.table.grid) } : b));
}

/** Tables and lines of a page in reading order (top to bottom). */
function ordered(ruled: readonly PdfTable[], flow: readonly FlowItem[]): FlowItem[] {
  const items: FlowItem[] = [...ruled.map((table) => ({ kind: 'table' as const, table })), ...flow];
  const top = (item: FlowItem) =>
    item.kind === 'table' ? item.table.top : item.line.y + 0.8 * item.line.size;
  return items.sort((a, b) => top(b) - top(a));
}

/** The body's left edge (the most common line start) and right edge (where full lines end). */
function bodyMeasures(lines: readonly TextLine[]): { left: number; right: number } {
  if (lines.length === 0) return { left: 0, right: 0 };
  const starts = new Map<number, number>();
  for (const l of lines) {
    const key = Math.round(l.x0 / 2) * 2;
    starts.set(key, (starts.get(key) ?? 0) + 1);
  }
  let left = lines[0]?.x0 ?? 0;
  let best = 0;
  for (const [x, n] of starts) {
    if (n > best || (n === best && x < left)) {
      left = x;
      best = n;
    }
  }
  const ends = lines.map((l) => l.x1).sort((a, b) => a - b);
  const right = ends[Math.floor(ends.length * 0.9)] ?? ends[ends.length - 1] ?? left;
  return { left: Math.min(left, ...lines.filter((l) => Math.abs(l.x0 - left) < 2).map((l) => l.x0)), right };
}
