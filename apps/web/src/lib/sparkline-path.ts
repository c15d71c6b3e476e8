import type { YearValue } from './kpi.ts';

/** A drawn sparkline: SVG path data (gaps at missing years) and the last point's position. */
export interface SparklineShape {
  path: string;
  points: { x: number; y: number; year: number; value: number }[];
}

/**
 * Lays a yearly series out in a width × height box (with `pad` on every side). Years are evenly
 * spaced; a null value breaks the line. A flat series is drawn along the middle.
 */
export function sparklineShape(
  series: readonly YearValue[],
  width: number,
  height: number,
  pad = 3,
): SparklineShape {
  const numbers = series.filter((p): p is { year: number; value: number } => p.value !== null);
  if (numbers.length === 0) return { path: '', points: [] };
  const min = Math.min(...numbers.map((p) => p.value));
  const max = Math.max(...numbers.map((p) => p.value));
  const step = series.length > 1 ? (width - 2 * pad) / (series.length - 1) : 0;
  const y = (value: number) =>
    max === min ? height / 2 : pad + ((max - value) / (max - min)) * (height - 2 * pad);
  const points: SparklineShape['points'] = [];
  let path = '';
  let drawing = false;
  series.forEach((p, i) => {
    if (p.value === null) {
      drawing = false;
      return;
    }
    const x = series.length > 1 ? pad + i * step : width / 2;
    const point = { x: round(x), y: round(y(p.value)), year: p.year, value: p.value };
    points.push(point);
    path += `${drawing ? 'L' : 'M'}${point.x} ${point.y}`;
    drawing = true;
  });
  return { path, points };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
