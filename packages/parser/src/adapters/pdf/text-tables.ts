import { readCellValue } from '../../cell-value.ts';
import { joinPieces } from '../rendering/join-text.ts';
import { joinRuns, segments } from './lines.ts';
import type { TextLine, TextRun } from './pdf-types.ts';
import type { PdfTable } from './ruled-tables.ts';

// Cells of an unruled table are at least this many ems apart; prose (CJK without spaces, Latin
// with single spaces inside one run) has no such gaps between runs.
const CELL_GAP_EMS = 1;
// Lines further apart than this many ems (baseline to baseline) do not belong to one table.
const MAX_PITCH_EMS = 2.6;

/** A table found among unruled lines, or a line of flowing text. */
export type FlowItem = { kind: 'line'; line: TextLine } | { kind: 'table'; table: PdfTable };

interface Cell {
  text: string;
  x0: number;
  x1: number;
  numeric: boolean;
}

interface Row {
  line: TextLine;
  cells: Cell[];
}

/**
 * Finds tables drawn without rules among the lines of a page. A line is tabular when it splits
 * into cells at gaps of an em or more and holds a number, or splits into three or more cells; a
 * table is a run of at least two tabular lines, with untabular lines between them (wrapped labels)
 * and header lines just above them. Value columns come from clustering the x-extents of numeric
 * cells; label columns from the left edges of the text cells before them. Lines with numbers are
 * rows; a line with text only in label columns continues the nearest such row (a wrapped label),
 * other lines are rows of their own (headers).
 */
export function textTables(lines: readonly TextLine[]): FlowItem[] {
  const rows: Row[] = lines.map((line) => ({ line, cells: cellsOf(line) }));
  const out: FlowItem[] = [];
  let i = 0;
  while (i < rows.length) {
    const end = regionEnd(rows, i);
    if (end > i) {
      out.push({ kind: 'table', table: buildTable(rows.slice(i, end + 1)) });
      i = end + 1;
      continue;
    }
    const row = rows[i];
    if (row !== undefined) out.push({ kind: 'line', line: row.line });
    i++;
  }
  return out;
}

function cellsOf(line: TextLine): Cell[] {
  return segments(line, CELL_GAP_EMS * line.size).map((seg: TextRun[]) => {
    const text = joinRuns(seg);
    const kind = readCellValue(text).kind;
    return {
      text,
      x0: seg[0]?.x0 ?? 0,
      x1: seg[seg.length - 1]?.x1 ?? 0,
      numeric: kind === 'number' || (kind === 'blank' && text !== ''),
    };
  });
}

const tabular = (r: Row) => r.cells.length >= 3 || (r.cells.length >= 2 && r.cells.some((c) => c.numeric));
const close = (a: Row, b: Row) =>
  Math.abs(a.line.y - b.line.y) <= MAX_PITCH_EMS * Math.max(a.line.size, b.line.size);

/** The last index of a table starting at `start` (headers included), or `start - 1` when none does. */
function regionEnd(rows: readonly Row[], start: number): number {
  // Header lines (two or more cells, no numbers) directly above the first tabular line belong to it.
  let first = start;
  while (first < rows.length && !tabular(rows[first] as Row)) {
    const r = rows[first] as Row;
    const next = rows[first + 1];
    if (r.cells.length < 2 || next === undefined || !close(r, next)) return start - 1;
    first++;
  }
  if (first >= rows.length) return start - 1;
  let last = first;
  let count = 1;
  for (let k = first + 1; k < rows.length; k++) {
    const r = rows[k] as Row;
    if (!close(rows[k - 1] as Row, r)) break;
    if (tabular(r)) {
      last = k;
      count++;
      continue;
    }
    // An untabular line stays only when a tabular line follows closely (a wrapped label).
    const next = rows[k + 1];
    if (next === undefined || !close(r, next)) break;
  }
  // Two tabular lines, or one under its header line(s).
  return count >= 2 || first > start ? last : start - 1;
}

function buildTable(region: readonly Row[]): PdfTable {
  const valueBands = bands(region.flatMap((r) => r.cells.filter((c) => c.numeric)));
  const valueStart = valueBands[0]?.x0 ?? Number.POSITIVE_INFINITY;
  const firstData = region.findIndex((r) => r.cells.some((c) => c.numeric));
  const isLabel = (c: Cell) => !c.numeric && c.x1 <= valueStart + 1;
  // Label columns come from the body (headers are often centred or span several columns).
  const bodyLabels = region.slice(firstData).flatMap((r) => r.cells.filter(isLabel).map((c) => c.x0));
  const labelEdges = bodyLabels.length > 0 ? clusterEdges(bodyLabels, region[0]?.line.size ?? 10) : [];
  const width = labelEdges.length + valueBands.length;
  const centres = valueBands.map((b) => (b.x0 + b.x1) / 2);
  const bodyColumn = (c: Cell) => {
    // Text over value columns goes to the first column it covers (a spanning cell's first slot).
    const covered = valueBands.findIndex((b) => c.x0 < b.x1 && c.x1 > b.x0);
    if (covered >= 0) return labelEdges.length + covered;
    if (c.numeric || labelEdges.length === 0) return labelEdges.length + nearest(centres, (c.x0 + c.x1) / 2);
    return nearest(labelEdges, c.x0);
  };
  // Header cells are placed by the column boundaries the body defines: midway between one column's
  // right extent and the next one's left extent.
  const extents = Array.from({ length: width }, () => ({
    x0: Number.POSITIVE_INFINITY,
    x1: Number.NEGATIVE_INFINITY,
  }));
  for (const r of region.slice(firstData)) {
    for (const c of r.cells) {
      const e = extents[bodyColumn(c)];
      if (e === undefined) continue;
      e.x0 = Math.min(e.x0, c.x0);
      e.x1 = Math.max(e.x1, c.x1);
    }
  }
  const bounds = extents.slice(1).map((next, i) => {
    const prev = extents[i];
    if (prev === undefined || !Number.isFinite(prev.x1) || !Number.isFinite(next.x0)) return next.x0;
    return prev.x1 > next.x0 ? next.x0 : (prev.x1 + next.x0) / 2;
  });
  const headerColumn = (c: Cell) => {
    const centre = (c.x0 + c.x1) / 2;
    const k = bounds.findIndex((b) => centre < b);
    return k < 0 ? width - 1 : k;
  };
  const column = (c: Cell, header: boolean) => (header ? headerColumn(c) : bodyColumn(c));
  // Rows of the table: lines with numbers, headers, and lines with text in value columns.
  const own = region.map(
    (r, k) =>
      k <= firstData ||
      r.cells.some((c) => c.numeric) ||
      !r.cells.every((c) => bodyColumn(c) < labelEdges.length),
  );
  const slots = new Map<number, { y: number; text: string }[][]>();
  const place = (target: number, r: Row, header: boolean) => {
    const row = slots.get(target) ?? Array.from({ length: width }, () => []);
    for (const c of r.cells) row[column(c, header)]?.push({ y: r.line.y, text: c.text });
    slots.set(target, row);
  };
  const anchors = region.flatMap((r, k) => (r.cells.some((c) => c.numeric) ? [k] : []));
  region.forEach((r, k) => {
    if (own[k]) {
      place(k, r, k < firstData);
      return;
    }
    // A wrapped label joins the nearest line with numbers (labels are centred on their values).
    let best = k;
    for (const a of anchors) {
      const d = Math.abs((region[a]?.line.y ?? 0) - r.line.y);
      if (best === k || d < Math.abs((region[best]?.line.y ?? 0) - r.line.y)) best = a;
    }
    place(best, r, false);
  });
  const grid = [...slots.keys()]
    .sort((a, b) => a - b)
    .map((k) =>
      (slots.get(k) ?? []).map((pieces) =>
        joinPieces([...pieces].sort((a, b) => b.y - a.y).map((p) => p.text)),
      ),
    );
  const edges = [...labelEdges, ...valueBands.map((b) => b.x0)];
  return {
    top: (region[0]?.line.y ?? 0) + (region[0]?.line.size ?? 0),
    bottom: region[region.length - 1]?.line.y ?? 0,
    edges: [...edges, Math.max(...region.map((r) => r.line.x1))],
    grid,
  };
}

/** Value columns: the x-extents of numeric cells, overlapping extents merged, left to right. */
function bands(cells: readonly Cell[]): { x0: number; x1: number }[] {
  const sorted = [...cells].sort((a, b) => a.x0 - b.x0);
  const out: { x0: number; x1: number }[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && c.x0 <= last.x1) last.x1 = Math.max(last.x1, c.x1);
    else out.push({ x0: c.x0, x1: c.x1 });
  }
  return out;
}

/** Left edges of label columns: starts within an em of each other are one column. */
function clusterEdges(starts: readonly number[], em: number): number[] {
  const sorted = [...starts].sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || x - last > em) out.push(x);
  }
  return out.length > 0 ? out : [0];
}

function nearest(values: readonly number[], x: number): number {
  let best = 0;
  values.forEach((v, i) => {
    if (Math.abs(v - x) < Math.abs((values[best] ?? 0) - x)) best = i;
  });
  return best;
}
