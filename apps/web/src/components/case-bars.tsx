import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatValue } from '../lib/format-value.ts';
import { CASE_OUTCOMES, type CaseYearRow } from '../lib/review-cases.ts';

/** Cases per year stacked by outcome (维持, 纠正, 其他, 尚未审结) for review or litigation. */
export function CaseBars({
  rows,
  group,
  title,
}: {
  rows: readonly CaseYearRow[];
  group: 'review' | 'litigation';
  title: string;
}) {
  return (
    <figure className="case-chart" data-testid={`case-bars-${group}`} aria-label={title}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={[...rows]} margin={{ top: 28, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e5e7eb" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="year" tickFormatter={(y: number) => `${y}年`} />
          <YAxis
            allowDecimals={false}
            width={56}
            label={{ value: '单位：件', position: 'top', offset: 14 }}
          />
          <Tooltip
            formatter={(value) => formatValue(typeof value === 'number' ? value : null, '件')}
            labelFormatter={(y) => `${String(y)} 年`}
          />
          <Legend
            itemSorter={(item) => CASE_OUTCOMES.findIndex((o) => `${group}.${o.key}` === item.dataKey)}
          />
          {CASE_OUTCOMES.map((o) => (
            <Bar
              key={o.key}
              dataKey={`${group}.${o.key}`}
              name={o.label}
              stackId={group}
              fill={o.color}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
