import { joinPieces } from '../rendering/join-text.ts';
import { groupLines, joinRuns } from './lines.ts';
import type { HRule, TextRun, VRule } from './pdf-types.ts';
import { hasHRule, hasVRule, mergeRules, type RuleFrame, ruleFrames } from './rule-grid.ts';

/** A table read from a ruled frame: the grid of cell texts and where it sits on the page. */
export interface PdfTable {
  top: number;
  bottom: number;
  /** Column boundaries left to right (one more than the grid is wide). */
  edges: number[];
  /** Cell texts, one row per grid row; merged cells' text in their first slot. */
  grid: string[][];
}

// Frames with more cells than this are drawings (grids, charts), not report tables; pages with
// more rules or frames than these are drawings too (and would cost quadratic time).
const MAX_CELLS = 20_000;
const MAX_RULES = 4_000;
const MAX_FRAMES = 200;

/**
 * Finds the ruled tables on a page and reads them cell by cell: the rules give the grid; a
 * missing rule between two grid cells merges them (colspan/rowspan), and a merged cell's text is
 * put in its first slot; text runs belong to the cell holding their centre, a run drawn across
 * a ruled boundary is split there, and the lines inside a cell are joined. Returns the tables and
 * the runs they did not take.
 */
export function ruledTables(
  runs: readonly TextRun[],
  h: readonly HRule[],
  v: readonly VRule[],
): { tables: PdfTable[]; rest: TextRun[] } {
  const merged = mergeRules(h, v);
  const tables: PdfTable[] = [];
  let rest = [...runs];
  if (merged.h.length > MAX_RULES || merged.v.length > MAX_RULES) return { tables, rest };
  const frames = ruleFrames(merged.h, merged.v);
  if (frames.length > MAX_FRAMES) return { tables, rest };
  for (const frame of frames) {
    const rows = frame.ys.length - 1;
    const cols = frame.xs.length - 1;
    if (rows * cols > MAX_CELLS) continue;
    const inside: TextRun[] = [];
    const outside: TextRun[] = [];
    for (const run of rest) (contains(frame, run) ? inside : outside).push(run);
    const table = readFrame(frame, inside);
    if (table === null) continue;
    tables.push(table);
    rest = outside;
  }
  return { tables, rest };
}

function contains(frame: RuleFrame, run: TextRun): boolean {
  const cx = (run.x0 + run.x1) / 2;
  const cy = run.y + 0.3 * run.size;
  const x0 = frame.xs[0] ?? 0;
  const x1 = frame.xs[frame.xs.length - 1] ?? 0;
  const top = frame.ys[0] ?? 0;
  const bottom = frame.ys[frame.ys.length - 1] ?? 0;
  return cx >= x0 && cx <= x1 && cy <= top && cy >= bottom;
}

function readFrame(frame: RuleFrame, runs: readonly TextRun[]): PdfTable | null {
  const { xs, ys } = frame;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const regions = mergeRegions(frame, rows, cols);
  const texts = new Map<number, TextRun[]>();
  for (const run of runs.flatMap((r) => splitAcrossRules(frame, r))) {
    const c = indexIn(xs, (run.x0 + run.x1) / 2, false);
    const r = indexIn(ys, run.y + 0.3 * run.size, true);
    if (c < 0 || r < 0) continue;
    const root = regions.find(r * cols + c);
    const list = texts.get(root) ?? [];
    list.push(run);
    texts.set(root, list);
  }
  const grid: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill(''));
  for (const [root, list] of texts) {
    const row = grid[Math.floor(root / cols)];
    if (row !== undefined) row[root % cols] = joinPieces(groupLines(list).map((l) => joinRuns(l.runs)));
  }
  const filled = grid.filter((row) => row.some((s) => s !== ''));
  const usedCols = Array.from({ length: cols }, (_, c) => grid.some((row) => row[c] !== '')).filter(Boolean);
  // A single framed box (page border, boxed note) is not a table.
  if (filled.length === 0 || usedCols.length < 2) return null;
  return { top: ys[0] ?? 0, bottom: ys[ys.length - 1] ?? 0, edges: [...xs], grid };
}

/**
 * Unions grid cells not separated by a rule. The union's root is its smallest index, which is
 * the top-left slot of a rectangular merged cell.
 */
function mergeRegions(frame: RuleFrame, rows: number, cols: number): { find: (i: number) => number } {
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const { xs, ys } = frame;
  for (let r = 0; r < rows; r++) {
    const ymid = ((ys[r] ?? 0) + (ys[r + 1] ?? 0)) / 2;
    for (let c = 0; c < cols; c++) {
      const xmid = ((xs[c] ?? 0) + (xs[c + 1] ?? 0)) / 2;
      if (c + 1 < cols && !hasVRule(frame, xs[c + 1] ?? 0, ymid)) union(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !hasHRule(frame, xmid, ys[r + 1] ?? 0)) union(r * cols + c, (r + 1) * cols + c);
    }
  }
  return { find };
}

/** The interval index holding `value` in sorted boundaries (descending when `down`), or -1. */
function indexIn(bounds: readonly number[], value: number, down: boolean): number {
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i] ?? 0;
    const b = bounds[i + 1] ?? 0;
    if (down ? value <= a && value >= b : value >= a && value <= b) return i;
  }
  return -1;
}

/**
 * Splits a run drawn across a ruled column boundary (some producers emit a whole row of numbers
 * as one text object), assuming evenly spaced characters.
 */
function splitAcrossRules(frame: RuleFrame, run: TextRun): TextRun[] {
  const chars = [...run.str];
  if (chars.length < 2) return [run];
  const y = run.y + 0.3 * run.size;
  const cut = frame.xs.find(
    (x) => x > run.x0 + 0.5 * run.size && x < run.x1 - 0.5 * run.size && hasVRule(frame, x, y),
  );
  if (cut === undefined) return [run];
  const step = (run.x1 - run.x0) / chars.length;
  const at = Math.min(chars.length - 1, Math.max(1, Math.round((cut - run.x0) / step)));
  const left: TextRun = { ...run, str: chars.slice(0, at).join(''), x1: run.x0 + at * step };
  const right: TextRun = { ...run, str: chars.slice(at).join(''), x0: run.x0 + at * step };
  return [left, ...splitAcrossRules(frame, right)].filter((r) => r.str.trim() !== '');
}
