import type { HRule, VRule } from './pdf-types.ts';

// Rules closer than this are one line (double borders, rounding between producers).
export const SNAP = 3;
// Tolerance when checking that a rule reaches a point.
const REACH = 1.5;

/** The ruled frame of one table: column boundaries left to right, row boundaries top to bottom. */
export interface RuleFrame {
  xs: number[];
  ys: number[];
  h: HRule[];
  v: VRule[];
}

/** Joins collinear rules that touch or overlap (a border drawn cell by cell is one rule). */
export function mergeRules(h: readonly HRule[], v: readonly VRule[]): { h: HRule[]; v: VRule[] } {
  const outH = mergeCollinear(h.map((r) => ({ at: r.y, from: r.x0, to: r.x1 }))).map((s) => ({
    y: s.at,
    x0: s.from,
    x1: s.to,
  }));
  const outV = mergeCollinear(v.map((r) => ({ at: r.x, from: r.y0, to: r.y1 }))).map((s) => ({
    x: s.at,
    y0: s.from,
    y1: s.to,
  }));
  return { h: outH, v: outV };
}

interface Segment {
  at: number;
  from: number;
  to: number;
}

/** Segments on one line (positions within 1 unit) that touch or overlap, joined. */
function mergeCollinear(segments: Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.at - b.at);
  const out: Segment[] = [];
  let line: Segment[] = [];
  const flush = () => {
    line.sort((a, b) => a.from - b.from);
    let current: Segment | undefined;
    for (const s of line) {
      if (current !== undefined && s.from <= current.to + REACH) current.to = Math.max(current.to, s.to);
      else {
        current = { ...s };
        out.push(current);
      }
    }
    line = [];
  };
  for (const s of sorted) {
    const first = line[0];
    if (first !== undefined && s.at - first.at > 1) flush();
    line.push(s);
  }
  flush();
  return out;
}

/**
 * Groups rules into table frames: rules that cross or touch belong to one table; a group needs at
 * least two distinct horizontal and two distinct vertical positions to frame cells.
 */
export function ruleFrames(h: readonly HRule[], v: readonly VRule[]): RuleFrame[] {
  const parent = Array.from({ length: h.length + v.length }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    let k = i;
    while (parent[k] !== r) {
      const next = parent[k] ?? r;
      parent[k] = r;
      k = next;
    }
    return r;
  };
  h.forEach((hr, i) => {
    v.forEach((vr, j) => {
      const touches =
        vr.x >= hr.x0 - SNAP && vr.x <= hr.x1 + SNAP && hr.y >= vr.y0 - SNAP && hr.y <= vr.y1 + SNAP;
      if (touches) parent[find(i)] = find(h.length + j);
    });
  });
  const groups = new Map<number, { h: HRule[]; v: VRule[] }>();
  h.forEach((r, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    g.h.push(r);
    groups.set(find(i), g);
  });
  v.forEach((r, j) => {
    const g = groups.get(find(h.length + j)) ?? { h: [], v: [] };
    g.v.push(r);
    groups.set(find(h.length + j), g);
  });
  const frames: RuleFrame[] = [];
  for (const g of groups.values()) {
    if (g.h.length === 0 || g.v.length === 0) continue;
    const xs = snap([
      ...g.v.map((r) => r.x),
      Math.min(...g.h.map((r) => r.x0)),
      Math.max(...g.h.map((r) => r.x1)),
    ]);
    const ys = snap([
      ...g.h.map((r) => r.y),
      Math.min(...g.v.map((r) => r.y0)),
      Math.max(...g.v.map((r) => r.y1)),
    ]).reverse();
    if (xs.length >= 2 && ys.length >= 2) frames.push({ xs, ys, h: g.h, v: g.v });
  }
  return frames;
}

/** Sorted distinct positions, values within SNAP of each other taken as one (their mean). */
function snap(values: number[]): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const x of sorted) {
    const first = group[0];
    if (first !== undefined && x - first > SNAP) {
      out.push(group.reduce((s, n) => s + n, 0) / group.length);
      group = [];
    }
    group.push(x);
  }
  if (group.length > 0) out.push(group.reduce((s, n) => s + n, 0) / group.length);
  return out;
}

/** Whether a vertical rule at `x` passes through height `y`. */
export function hasVRule(frame: RuleFrame, x: number, y: number): boolean {
  return frame.v.some((r) => Math.abs(r.x - x) <= SNAP && y >= r.y0 - REACH && y <= r.y1 + REACH);
}

/** Whether a horizontal rule at `y` passes through `x`. */
export function hasHRule(frame: RuleFrame, x: number, y: number): boolean {
  return frame.h.some((r) => Math.abs(r.y - y) <= SNAP && x >= r.x0 - REACH && x <= r.x1 + REACH);
}
