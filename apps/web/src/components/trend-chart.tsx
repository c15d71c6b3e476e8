import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber, formatValue } from '../lib/format-value.ts';
import { lineColor } from '../lib/palette.ts';
import type { EditionMarker } from '../lib/series-result.ts';
import { type ChartData, flagKey } from '../lib/series-rows.ts';

/** Dots of figures from reports with error findings are drawn filled in the warning colour. */
const FLAG_COLOR = '#e8590c';

interface DotProps {
  cx?: number | undefined;
  cy?: number | undefined;
  index?: number | undefined;
  payload?: { year?: number } | undefined;
}

/**
 * One line per agency or region over the years. Null points are gaps (connectNulls off); animation is
 * off so the dots exist as soon as the chart mounts. A dashed vertical line marks a year from which
 * the 2021 edition changed what the metric counts.
 */
export function TrendChart({
  data,
  unit,
  title,
  markers = [],
}: {
  data: ChartData;
  unit: string;
  title: string;
  markers?: readonly EditionMarker[];
}) {
  return (
    <figure className="trend-chart" data-testid="trend-chart" aria-label={title}>
      <ResponsiveContainer width="100%" height={380}>
        <LineChart data={data.rows} margin={{ top: 32, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e5e7eb" strokeDasharray="3 3" />
          <XAxis
            dataKey="year"
            tickFormatter={(year: number) => `${year}年`}
            padding={{ left: 24, right: 24 }}
            label={{ value: '年度', position: 'insideBottomRight', offset: -4 }}
            height={44}
          />
          <YAxis
            width={72}
            allowDecimals={unit === '%' || unit === '万元' || unit === '指数'}
            tickFormatter={(value: number) => formatNumber(value, unit)}
            // Horizontal above the axis: rotated Chinese text is hard to read.
            label={{ value: `单位：${unit}`, position: 'top', offset: 14 }}
          />
          <Tooltip
            formatter={(value, _name, item) => {
              const text = formatValue(typeof value === 'number' ? value : null, unit);
              const year = (item.payload as { year?: number } | undefined)?.year;
              const key = typeof item.dataKey === 'string' ? item.dataKey : '';
              return year !== undefined && data.flagged?.has(flagKey(key, year)) ? `${text} ⚠ 存疑` : text;
            }}
            labelFormatter={(year) => `${String(year)} 年`}
          />
          <Legend itemSorter={(item) => data.lines.findIndex((line) => line.key === item.dataKey)} />
          {markers.map((marker) => (
            <ReferenceLine
              key={marker.year}
              x={marker.year}
              stroke="#b35c00"
              strokeDasharray="6 4"
              className="edition-marker"
              label={{ value: marker.label, position: 'insideTopLeft', fill: '#b35c00', fontSize: 12 }}
            />
          ))}
          {data.lines.map((line, lineIndex) => (
            <Line
              key={line.key}
              type="linear"
              dataKey={line.key}
              name={line.name}
              stroke={lineColor(lineIndex)}
              strokeWidth={2}
              dot={(props: DotProps) => {
                const { cx, cy, index, payload } = props;
                const key = `${line.key}-${index ?? 0}`;
                if (typeof cx !== 'number' || typeof cy !== 'number') return <g key={key} />;
                const flagged =
                  payload?.year !== undefined && data.flagged?.has(flagKey(line.key, payload.year));
                return (
                  <circle
                    key={key}
                    className={
                      flagged ? 'recharts-dot recharts-line-dot flagged' : 'recharts-dot recharts-line-dot'
                    }
                    cx={cx}
                    cy={cy}
                    r={flagged ? 5 : 4}
                    stroke={flagged ? FLAG_COLOR : lineColor(lineIndex)}
                    strokeWidth={2}
                    fill={flagged ? FLAG_COLOR : '#fff'}
                    data-flagged={flagged ? 'true' : undefined}
                  >
                    {flagged && <title>该数据来自存在错误核对结果的报告</title>}
                  </circle>
                );
              }}
              activeDot={{ r: 6 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
