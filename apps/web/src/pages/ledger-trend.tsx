import type { LedgerSeriesDto } from '@nianbao/schema';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ExportLinks } from '../components/export-links.tsx';
import { ErrorState } from '../components/query-state.tsx';
import { Skeleton } from '../components/skeleton.tsx';
import { ChartExport } from '../export/chart-export.tsx';
import { ledgerItem } from '../export/chart-items.ts';
import { formatValue } from '../lib/format-value.ts';
import { ledgerApi } from '../lib/ledger-api.ts';
import { trendPoints } from '../lib/ledger-table.ts';
import { ledgerQueries } from '../queries/ledger-queries.ts';

/** Marks data from the generated demo ledger wherever it is shown. */
export function DemoBadge() {
  return (
    <span
      className="badge badge-demo"
      title="这些数字由演示数据生成器生成，并非真实台账"
      style={{ background: 'var(--warning-soft)', borderColor: 'var(--warning)', color: 'var(--warning)' }}
    >
      演示数据
    </span>
  );
}

/** A unit's year as bars (报送, 采用) and the adoption rate as a line. */
export function LedgerTrend({ series, ytd }: { series: LedgerSeriesDto; ytd: boolean }) {
  const data = trendPoints(series.points, ytd);
  const demo = series.sources.includes('demo');
  return (
    <figure
      className="trend-chart"
      data-testid="ledger-trend"
      aria-label={`${series.agency.name}逐月报送与采用`}
    >
      <figcaption>
        <strong>{series.agency.name}</strong> · {series.year ?? ''}年{ytd ? '累计' : '逐月'}报送与采用{' '}
        {demo && <DemoBadge />}
      </figcaption>
      <ResponsiveContainer width="100%" height={300}>
        <ComposedChart data={data} margin={{ top: 16, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e5e7eb" strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis yAxisId="count" allowDecimals={false} label={{ value: '条', position: 'insideTopLeft' }} />
          <YAxis yAxisId="rate" orientation="right" domain={[0, 100]} unit="%" />
          <Tooltip
            formatter={(value, name) =>
              name === '采用率'
                ? formatValue(typeof value === 'number' ? value : null, '%')
                : formatValue(typeof value === 'number' ? value : null, '条')
            }
          />
          <Legend />
          <Bar yAxisId="count" dataKey="submitted" name="报送" fill="#9bb7e6" isAnimationActive={false} />
          <Bar yAxisId="count" dataKey="adopted" name="采用" fill="#1f5fbf" isAnimationActive={false} />
          <Line
            yAxisId="rate"
            dataKey="rate"
            name="采用率"
            stroke="#d9480f"
            connectNulls={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** One unit's year month by month (or as running totals), with its downloads. */
export function TrendPanel({
  agency,
  year,
  ytd,
}: {
  agency: number;
  year: number | undefined;
  ytd: boolean;
}) {
  const query = useQuery(ledgerQueries.series({ agency, year }));
  const ref = useRef<HTMLDivElement>(null);
  // A unit clicked far down the table: bring its trend into view (keyed by unit, so once per unit).
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, []);
  return (
    <div ref={ref}>
      <TrendBody agency={agency} year={year} ytd={ytd} query={query} />
    </div>
  );
}

function TrendBody({
  agency,
  year,
  ytd,
  query,
}: {
  agency: number;
  year: number | undefined;
  ytd: boolean;
  query: UseQueryResult<LedgerSeriesDto>;
}) {
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <Skeleton variant="chart" label="正在加载趋势…" />;
  return (
    <section className="panel" aria-label="单位趋势">
      <div className={query.isPlaceholderData ? 'is-stale' : undefined}>
        <LedgerTrend series={query.data} ytd={ytd} />
      </div>
      <ChartExport item={ledgerItem(query.data, ytd)} />
      <ExportLinks href={(format) => ledgerApi.exportUrl.series({ agency, year }, format)} />
    </section>
  );
}
