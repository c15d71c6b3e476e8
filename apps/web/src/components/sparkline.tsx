import type { YearValue } from '../lib/kpi.ts';
import { sparklineShape } from '../lib/sparkline-path.ts';

const WIDTH = 120;
const HEIGHT = 32;

/** A small trend line drawn in plain SVG (no chart library on the first page). */
export function Sparkline({ series, label }: { series: readonly YearValue[]; label: string }) {
  const shape = sparklineShape(series, WIDTH, HEIGHT);
  const last = shape.points.at(-1);
  return (
    <svg
      className="sparkline"
      data-testid="sparkline"
      data-points={shape.points.length}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={label}
    >
      {shape.path !== '' && <path d={shape.path} fill="none" stroke="currentColor" strokeWidth={1.75} />}
      {last !== undefined && <circle cx={last.x} cy={last.y} r={2.5} fill="currentColor" />}
    </svg>
  );
}
