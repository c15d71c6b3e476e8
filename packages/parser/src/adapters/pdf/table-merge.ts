import type { PdfTable } from './ruled-tables.ts';

// Column edges of a table continued on the next page agree within this many points.
const SAME_EDGE = 3;

/**
 * Joins a table continued after a page break onto the part before it, when both share their outer
 * edges and one's column edges are a subset of the other's (a part may hold only rows whose merged
 * cells hide some inner edges). Both are re-gridded onto the union of edges; the continuation's
 * leading rows that repeat the first part's header are dropped. Returns false when the tables do
 * not line up.
 */
export function joinContinuation(first: PdfTable, next: PdfTable): boolean {
  const a = first.edges;
  const b = next.edges;
  const outer = (xs: number[], k: number) => xs[k < 0 ? xs.length + k : k] ?? Number.NaN;
  if (Math.abs(outer(a, 0) - outer(b, 0)) > SAME_EDGE || Math.abs(outer(a, -1) - outer(b, -1)) > SAME_EDGE)
    return false;
  const within = (xs: number[], ys: number[]) =>
    xs.every((x) => ys.some((y) => Math.abs(x - y) <= SAME_EDGE));
  const union = within(a, b) ? b : within(b, a) ? a : null;
  if (union === null) return false;
  const head = regrid(first, union);
  const tail = regrid(next, union);
  let k = 0;
  while (k < tail.length && k < head.length && tail[k]?.join('\t') === head[k]?.join('\t')) k++;
  first.grid = [...head, ...(k < tail.length ? tail.slice(k) : tail)];
  first.edges = union;
  first.bottom = next.bottom;
  return true;
}

/** The table's grid on finer column edges: each cell keeps its text in the first slot it covers. */
function regrid(table: PdfTable, edges: readonly number[]): string[][] {
  const index = (x: number) => {
    let best = 0;
    edges.forEach((e, i) => {
      if (Math.abs(e - x) < Math.abs((edges[best] ?? 0) - x)) best = i;
    });
    return best;
  };
  const map = table.edges.map(index);
  const width = edges.length - 1;
  return table.grid.map((row) => {
    const out = new Array<string>(width).fill('');
    row.forEach((text, c) => {
      const at = map[c];
      if (at !== undefined && at < width && text !== '')
        out[at] = out[at] === '' ? text : `${out[at]} ${text}`;
    });
    return out;
  });
}

/** The grid without rows and columns that hold nothing (spacer rows, double borders, hidden edges). */
export function compactGrid(grid: readonly string[][]): string[][] {
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  const used = Array.from({ length: width }, (_, c) => grid.some((row) => (row[c] ?? '') !== ''));
  return grid
    .filter((row) => row.some((s) => s !== ''))
    .map((row) => Array.from({ length: width }, (_, c) => row[c] ?? '').filter((_, c) => used[c]));
}
