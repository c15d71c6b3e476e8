import type { MetricDef } from '@nianbao/schema';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { AgencyMultiSelect } from '../components/agency-multi-select.tsx';
import { MetricPicker } from '../components/metric-picker.tsx';
import { EmptyState, ErrorState, Loading, NoReports } from '../components/query-state.tsx';
import { TrendChart } from '../components/trend-chart.tsx';
import { TrendTable } from '../components/trend-table.tsx';
import { YearRange } from '../components/year-range.tsx';
import { findMetric } from '../lib/metric-groups.ts';
import { hasAnyValue, toChartData } from '../lib/series-rows.ts';
import {
  MAX_TREND_AGENCIES,
  parseTrendParams,
  type TrendState,
  toTrendParams,
  withDefaults,
} from '../lib/trend-params.ts';
import { agencyQueries } from '../queries/agency-queries.ts';
import { metricQueries } from '../queries/metric-queries.ts';
import { seriesQueries } from '../queries/series-queries.ts';

/** 趋势: a metric over the years for up to ten agencies; the whole view is in the URL. */
export function TrendsPage() {
  const [params, setParams] = useSearchParams();
  const metrics = useQuery(metricQueries.catalogue());
  const agencies = useQuery(agencyQueries.list({}));

  if (metrics.isPending || agencies.isPending) return <Loading label="正在加载指标与机构…" />;
  if (metrics.isError) return <ErrorState error={metrics.error} onRetry={() => void metrics.refetch()} />;
  if (agencies.isError) return <ErrorState error={agencies.error} onRetry={() => void agencies.refetch()} />;
  if (agencies.data.agencies.length === 0) {
    return (
      <section className="page">
        <h1>趋势</h1>
        <NoReports />
      </section>
    );
  }

  // A bare /trends shows defaults; any change writes the full state, so the link reproduces the view.
  const state = withDefaults(parseTrendParams(params), metrics.data.metrics, agencies.data.agencies);
  const update = (next: Partial<TrendState>) => setParams(toTrendParams({ ...state, ...next }));

  return (
    <TrendsView
      state={state}
      metricsList={metrics.data.metrics}
      agencyNames={new Map(agencies.data.agencies.map((a) => [a.id, a.name]))}
      onChange={update}
    />
  );
}

function TrendsView({
  state,
  metricsList,
  agencyNames,
  onChange,
}: {
  state: TrendState;
  metricsList: readonly MetricDef[];
  agencyNames: ReadonlyMap<number, string>;
  onChange: (next: Partial<TrendState>) => void;
}) {
  const metric = findMetric(metricsList, state.metric);
  const series = useQuery(
    seriesQueries.series({
      metric: state.metric ?? '',
      agencies: state.agencies,
      from: state.from,
      to: state.to,
    }),
  );
  const chart = useMemo(
    () => (series.data === undefined ? undefined : toChartData(series.data, state.agencies)),
    [series.data, state.agencies],
  );
  const names = useMemo(() => {
    const map = new Map(agencyNames);
    for (const s of series.data?.series ?? []) map.set(s.agencyId, s.agencyName);
    return map;
  }, [agencyNames, series.data]);

  const unit = metric?.unit ?? '';
  const title = metric === undefined ? '趋势' : `${metric.labelZh}（${unit}）`;

  let body: ReactNode;
  if (state.metric === undefined || metric === undefined) {
    body = (
      <EmptyState>
        <p className="state-title">
          {state.metric === undefined ? '请选择指标' : `指标目录中没有“${state.metric}”`}
        </p>
      </EmptyState>
    );
  } else if (state.agencies.length === 0) {
    body = (
      <EmptyState>
        <p className="state-title">请至少选择一个机构</p>
      </EmptyState>
    );
  } else if (series.isPending) {
    body = <Loading label="正在加载数据…" />;
  } else if (series.isError) {
    body = <ErrorState error={series.error} onRetry={() => void series.refetch()} />;
  } else if (chart === undefined || !hasAnyValue(chart)) {
    body = (
      <EmptyState>
        <p className="state-title">所选机构在这一指标上没有数据</p>
        <p>换一个指标或机构试试；比率指标在分母为零时不计算。</p>
      </EmptyState>
    );
  } else {
    body = (
      <div className={series.isPlaceholderData ? 'is-stale' : undefined} aria-busy={series.isFetching}>
        <TrendChart data={chart} unit={unit} title={title} />
        <TrendTable data={chart} unit={unit} caption={`${title} 数据表`} />
      </div>
    );
  }

  return (
    <section className="page trends-page">
      <header className="page-header">
        <h1>趋势</h1>
        {metric !== undefined && <p className="subtitle">{title}</p>}
      </header>
      <div className="trends-layout">
        <aside className="filters" aria-label="筛选条件">
          <MetricPicker
            metrics={metricsList}
            value={state.metric}
            onChange={(code) => onChange({ metric: code })}
          />
          <YearRange from={state.from} to={state.to} onChange={(range) => onChange(range)} />
          <AgencyMultiSelect
            selected={state.agencies}
            names={names}
            max={MAX_TREND_AGENCIES}
            onChange={(ids) => onChange({ agencies: ids })}
          />
        </aside>
        <div className="trends-main">{body}</div>
      </div>
    </section>
  );
}
