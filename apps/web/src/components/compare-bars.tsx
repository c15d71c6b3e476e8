import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber, formatValue } from '../lib/format-value.ts';

/** One bar: a unit's name and its value (null draws no bar and reads —). */
export interface BarRow {
  key: string;
  name: string;
  value: number | null;
  flagged: boolean;
}

const BAR = 26;

/**
 * Horizontal bars, one per unit, largest first; the value is printed at the end of each bar with its
 * unit. Bars of units with error findings are hatched orange and their names carry ⚠.
 */
export function CompareBars({
  rows,
  unit,
  title,
  compact = false,
  testId = 'compare-bars',
}: {
  rows: readonly BarRow[];
  unit: string;
  title: string;
  compact?: boolean;
  testId?: string;
}) {
  const height = Math.max(compact ? 120 : 160, rows.length * (compact ? 20 : BAR) + 60);
  // A missing value (a ratio without a denominator) draws no bar but still prints — beside its name.
  const data = rows.map((row) => ({ ...row, plot: row.value ?? 0, label: formatValue(row.value, unit) }));
  return (
    <figure
      className={compact ? 'compare-chart compact' : 'compare-chart'}
      data-testid={testId}
      aria-label={title}
    >
      {compact && <figcaption>{title}</figcaption>}
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: compact ? 8 : 28, right: 72, bottom: 8, left: 8 }}
          barCategoryGap={compact ? 3 : 5}
        >
          <CartesianGrid stroke="#e5e7eb" strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            tickFormatter={(v: number) => formatNumber(v, unit)}
            allowDecimals={unit === '%' || unit === '万元'}
            domain={unit === '%' ? [0, 100] : [0, 'auto']}
            label={
              compact ? undefined : { value: `单位：${unit}`, position: 'insideBottomRight', offset: -6 }
            }
            height={compact ? 0 : 44}
            hide={compact}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={compact ? 96 : 170}
            interval={0}
            tick={{ fontSize: compact ? 11 : 13 }}
          />
          <Tooltip
            formatter={(_value, _name, item) => [(item.payload as { label: string }).label, title]}
            cursor={{ fill: 'rgba(31,95,191,0.06)' }}
          />
          {/* minPointSize keeps a bar (and so its label) for 0 and for —; the — bar is not painted. */}
          <Bar dataKey="plot" isAnimationActive={false} fill="#1f5fbf" minPointSize={1}>
            {rows.map((row) => (
              <Cell
                key={row.key}
                fill={row.value === null ? 'transparent' : row.flagged ? '#e8590c' : '#1f5fbf'}
              />
            ))}
            <LabelList dataKey="label" position="right" className="bar-label" fill="#1f2933" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
