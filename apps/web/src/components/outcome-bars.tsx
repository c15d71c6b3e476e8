import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, formatValue } from '../lib/format-value.ts';
import { OUTCOMES, type OutcomeRow } from '../lib/outcome-shares.ts';

/**
 * 100% stacked bars of how applications were answered (予以公开 … 其他), one per unit. The tooltip
 * gives each share with its count; a unit without applications is listed, not drawn.
 */
export function OutcomeBars({ rows }: { rows: readonly OutcomeRow[] }) {
  const drawn = rows.filter((r) => r.total !== null && r.total > 0);
  const data = drawn.map((row) => ({
    name: row.flagged ? `⚠ ${row.name}` : row.name,
    total: row.total,
    ...Object.fromEntries(OUTCOMES.map((o) => [o.code, row.shares[o.code]])),
    ...Object.fromEntries(OUTCOMES.map((o) => [`n:${o.code}`, row.counts[o.code]])),
  }));
  const height = Math.max(160, data.length * 26 + 90);
  return (
    <figure className="compare-chart" data-testid="outcome-bars" aria-label="申请办理结果构成（%）">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={data}
          layout="vertical"
          stackOffset="expand"
          margin={{ top: 28, right: 24, bottom: 8, left: 8 }}
        >
          <CartesianGrid stroke="#e5e7eb" strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, 1]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            tickFormatter={(v: number) => `${formatNumber(v * 100, '%')}%`}
            label={{ value: '单位：%（占办理总数）', position: 'insideBottomRight', offset: -6 }}
            height={44}
          />
          <YAxis type="category" dataKey="name" width={170} interval={0} tick={{ fontSize: 13 }} />
          <Tooltip
            formatter={(value, name, item) => {
              const code = OUTCOMES.find((o) => o.label === name)?.code;
              const payload = item.payload as Record<string, number | null>;
              const count = code === undefined ? null : (payload[`n:${code}`] ?? null);
              return [
                `${formatValue(typeof value === 'number' ? value : null, '%')}（${formatValue(count, '件')}）`,
                name,
              ];
            }}
          />
          <Legend
            verticalAlign="top"
            wrapperStyle={{ paddingBottom: 8 }}
            itemSorter={(item) => OUTCOMES.findIndex((o) => o.code === item.dataKey)}
          />
          {OUTCOMES.map((o) => (
            <Bar
              key={o.code}
              dataKey={o.code}
              name={o.label}
              stackId="outcome"
              fill={o.color}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
      {rows.length > drawn.length && (
        <p className="hint">
          本年度无申请办理数据的单位（{rows.length - drawn.length} 个）未绘出：
          {rows
            .filter((r) => !(r.total !== null && r.total > 0))
            .map((r) => r.name)
            .join('、')}
        </p>
      )}
    </figure>
  );
}
