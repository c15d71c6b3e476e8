import type { HRule, VRule } from './pdf-types.ts';

/** The pdf.js operator codes the rule reader needs (taken from `OPS` at runtime). */
export interface RuleOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

type Matrix = [number, number, number, number, number, number];
type Point = [number, number];

// Borders are hairlines or thin filled rectangles; anything thicker is shading, not a rule.
const MAX_THICKNESS = 2.5;
const MIN_LENGTH = 3;
const AXIS_TOLERANCE = 0.5;

/**
 * Reads the ruling lines of a page from its operator list: stroked axis-aligned segments (table
 * borders drawn as lines or rectangles) and thin filled rectangles (how Word and WPS draw
 * borders), mapped through the current transformation matrix into page space.
 */
export function readRules(
  fnArray: ArrayLike<number>,
  argsArray: readonly unknown[],
  ops: RuleOps,
): { h: HRule[]; v: VRule[] } {
  const h: HRule[] = [];
  const v: VRule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stroked = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const filled = new Set([ops.fill, ops.eoFill]);

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(ctm, asMatrix(args));
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = Array.isArray(args) ? args[0] : undefined;
      if (matrix !== undefined && matrix !== null) ctm = multiply(ctm, asMatrix(matrix));
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath && Array.isArray(args)) {
      const paint = args[0];
      const data = Array.isArray(args[1]) ? args[1][0] : undefined;
      if (typeof paint !== 'number' || !isNumberArray(data)) continue;
      const paths = subpaths(data).map((path) => path.map((p) => apply(ctm, p)));
      if (stroked.has(paint)) for (const path of paths) strokeEdges(path, h, v);
      else if (filled.has(paint)) for (const path of paths) thinRectangle(path, h, v);
    }
  }
  return { h, v };
}

function isNumberArray(value: unknown): value is ArrayLike<number> {
  return value instanceof Float32Array || value instanceof Float64Array || Array.isArray(value);
}

function asMatrix(value: unknown): Matrix {
  const m =
    Array.isArray(value) || value instanceof Float32Array ? Array.from(value as ArrayLike<number>) : [];
  if (m.length < 6 || m.some((n) => typeof n !== 'number' || !Number.isFinite(n))) return [1, 0, 0, 1, 0, 0];
  return [m[0], m[1], m[2], m[3], m[4], m[5]] as Matrix;
}

function multiply(m: Matrix, n: Matrix): Matrix {
  // n applied first, then m (PDF: new CTM = n × CTM).
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}

function apply(m: Matrix, [x, y]: Point): Point {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Splits pdf.js path data (0 moveTo, 1 lineTo, 2 curveTo, 3 quadratic, 4 closePath) into polylines. */
function subpaths(data: ArrayLike<number>): Point[][] {
  const out: Point[][] = [];
  let current: Point[] = [];
  let i = 0;
  while (i < data.length) {
    const op = data[i];
    if (op === 0) {
      if (current.length > 1) out.push(current);
      current = [[data[i + 1] ?? 0, data[i + 2] ?? 0]];
      i += 3;
    } else if (op === 1) {
      current.push([data[i + 1] ?? 0, data[i + 2] ?? 0]);
      i += 3;
    } else if (op === 2) {
      // A curve breaks any rule it belongs to.
      if (current.length > 1) out.push(current);
      current = [[data[i + 5] ?? 0, data[i + 6] ?? 0]];
      i += 7;
    } else if (op === 3) {
      if (current.length > 1) out.push(current);
      current = [[data[i + 3] ?? 0, data[i + 4] ?? 0]];
      i += 5;
    } else if (op === 4) {
      const first = current[0];
      if (first !== undefined && current.length > 1) current.push(first);
      i += 1;
    } else break;
  }
  if (current.length > 1) out.push(current);
  return out;
}

function strokeEdges(path: Point[], h: HRule[], v: VRule[]): void {
  for (let k = 1; k < path.length; k++) {
    const a = path[k - 1];
    const b = path[k];
    if (a === undefined || b === undefined) continue;
    addSegment(a, b, h, v);
  }
}

function addSegment([ax, ay]: Point, [bx, by]: Point, h: HRule[], v: VRule[]): void {
  if (Math.abs(ay - by) <= AXIS_TOLERANCE && Math.abs(ax - bx) >= MIN_LENGTH) {
    h.push({ y: (ay + by) / 2, x0: Math.min(ax, bx), x1: Math.max(ax, bx) });
  } else if (Math.abs(ax - bx) <= AXIS_TOLERANCE && Math.abs(ay - by) >= MIN_LENGTH) {
    v.push({ x: (ax + bx) / 2, y0: Math.min(ay, by), y1: Math.max(ay, by) });
  }
}

function thinRectangle(path: Point[], h: HRule[], v: VRule[]): void {
  if (path.length < 4 || path.length > 5) return;
  const xs = path.map((p) => p[0]);
  const ys = path.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  // Only axis-aligned rectangles: every corner on the bounding box.
  if (!path.every(([x, y]) => (near(x, x0) || near(x, x1)) && (near(y, y0) || near(y, y1)))) return;
  const w = x1 - x0;
  const ht = y1 - y0;
  if (ht <= MAX_THICKNESS && w >= MIN_LENGTH) h.push({ y: (y0 + y1) / 2, x0, x1 });
  else if (w <= MAX_THICKNESS && ht >= MIN_LENGTH) v.push({ x: (x0 + x1) / 2, y0, y1 });
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= AXIS_TOLERANCE;
}
