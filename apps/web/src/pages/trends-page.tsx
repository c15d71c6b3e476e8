import type { MetricDef, RegionNodeDto } from '@nianbao/schema';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo } from 'react';
import { Link } from 'react-router';
import { api, type SeriesFilters } from '../api/client.ts';
import { AgencyMultiSelect } from '../components/agency-multi-select.tsx';
import { ExportLinks } from '../components/export-links.tsx';
import { FilterBar } from '../components/filter-bar.tsx';
import { LineChips } from '../components/line-chips.tsx';
import { MetricPicker } from '../components/metric-picker.tsx';
import { EmptyState, ErrorState, NoReports } from '../components/query-state.tsx';
import { RegionPicker } from '../components/region-picker.tsx';
import { Skeleton } from '../components/skeleton.tsx';
import { TrendChart } from '../components/trend-chart.tsx';
import { TrendTable } from '../components/trend-table.tsx';
import { YearRange } from '../components/year-range.tsx';
import { ChartExport } from '../export/chart-export.tsx';
import { rowYears, subtitleOf, trendItem } from '../export/chart-items.ts';
import { usePageFilters } from '../hooks/use-page-filters.ts';
import { INDEX_UNIT, indexToFirstYear, unindexableLines } from '../lib/indexed.ts';
import { findMetric } from '../lib/metric-groups.ts';
import { type RegionRef, regionPath } from '../lib/region-tree.ts';
import { editionMarkers, seriesResultToChart } from '../lib/series-result.ts';
import { hasAnyValue } from '../lib/series-rows.ts';
import {
  areaToken,
  MAX_TREND_LINES,
  parseTrendParams,
  type TrendMode,
  type TrendState,
  trendParamValues,
  withDefaults,
} from '../lib/trend-params.ts';
import { metricQueries } from '../queries/metric-queries.ts';
import { seriesQueries } from '../queries/series-queries.ts';

/** 趋势: a metric over the years for up to ten regions and agencies; the whole view is in the URL. */
export function TrendsPage() {
  const filters = usePageFilters();
  const metrics = useQuery(metricQueries.catalogue());

  if (metrics.isPending || filters.tree.isPending) {
    return (
      <section className="page">
        <h1>趋势</h1>
        <Skeleton variant="chart" label="正在加载指标与地区…" />
      </section>
    );
  }
  if (metrics.isError) return <ErrorState error={metrics.error} onRetry={() => void metrics.refetch()} />;
  if (filters.tree.isError)
    return <ErrorState error={filters.tree.error} onRetry={() => void filters.tree.refetch()} />;
  if (filters.empty) {
    return (
      <section className="page">
        <h1>趋势</h1>
        <NoReports />
      </section>
    );
  }

  // A bare /trends shows defaults; any change writes the full state, so the link reproduces the view.
  const state = withDefaults(parseTrendParams(filters.params), metrics.data.metrics, filters.region);
  const update = (next: Partial<TrendState>) => filters.setPage(trendParamValues({ ...state, ...next }));

  return (
    <TrendsView
      state={state}
      metricsList={metrics.data.metrics}
      roots={filters.roots}
      filterBar={
        <FilterBar
          roots={filters.roots}
          region={filters.region}
          kind={filters.kind}
          showYear={false}
          onChange={(change) => filters.update(change)}
        />
      }
      scope={{ ...filters.region, kind: filters.kind }}
      onChange={update}
    />
  );
}

function TrendsView({
  state,
  metricsList,
  roots,
  filterBar,
  scope,
  onChange,
}: {
  state: TrendState;
  metricsList: readonly MetricDef[];
  roots: readonly RegionNodeDto[];
  filterBar: ReactNode;
  scope: RegionRef & { kind: SeriesFilters['kind'] };
  onChange: (next: Partial<TrendState>) => void;
}) {
  const metric = findMetric(metricsList, state.metric);
  const request: SeriesFilters = {
    metric: state.metric ?? '',
    agencies: state.agencies,
    regions: state.areas.flatMap((a) => (a.region === undefined ? [] : [a.region])),
    regionIds: state.areas.flatMap((a) =>
      a.region === undefined && a.regionId !== undefined ? [a.regionId] : [],
    ),
    kind: scope.kind,
    from: state.from,
    to: state.to,
  };
  const series = useQuery(seriesQueries.series(request));
  const chart = useMemo(
    () =>
      series.data === undefined ? undefined : seriesResultToChart(series.data, state.areas, state.agencies),
    [series.data, state.areas, state.agencies],
  );
  const markers = useMemo(
    () => (series.data === undefined ? [] : editionMarkers(series.data)),
    [series.data],
  );

  const names = useMemo(() => {
    // Names come with the lines; the whole agency list is never loaded (a province has tens of thousands).
    const map = new Map<number, string>();
    for (const s of series.data?.series ?? []) map.set(s.agencyId, s.agencyName);
    return map;
  }, [series.data]);
  const chips = [
    ...state.areas.map((area) => ({
      key: `r:${areaToken(area)}`,
      name: regionPath(roots, area)?.at(-1)?.name ?? `地区 ${areaToken(area) ?? ''}`,
      kind: 'region' as const,
    })),
    ...state.agencies.map((id) => ({
      key: `a:${id}`,
      name: names.get(id) ?? `机构 #${id}`,
      kind: 'agency' as const,
    })),
  ];
  const removeLine = (key: string) =>
    onChange({
      areas: state.areas.filter((a) => `r:${areaToken(a)}` !== key),
      agencies: state.agencies.filter((id) => `a:${id}` !== key),
    });
  const addArea = (ref: RegionRef) => {
    if (state.areas.some((a) => areaToken(a) === areaToken(ref))) return;
    if (state.areas.length + state.agencies.length >= MAX_TREND_LINES) return;
    onChange({ areas: [...state.areas, ref] });
  };

  const unit = metric?.unit ?? '';
  const indexed = state.mode === 'indexed';
  const shown = chart === undefined ? undefined : indexed ? indexToFirstYear(chart) : chart;
  const shownUnit = indexed ? INDEX_UNIT : unit;
  const title = metric === undefined ? '趋势' : `${metric.labelZh}（${indexed ? '指数，首年 = 100' : unit}）`;
  const lineCount = state.areas.length + state.agencies.length;

  let body: ReactNode;
  if (state.metric === undefined || metric === undefined) {
    body = (
      <EmptyState>
        <p className="state-title">
          {state.metric === undefined ? '请选择指标' : `指标目录中没有“${state.metric}”`}
        </p>
      </EmptyState>
    );
  } else if (lineCount === 0) {
    body = (
      <EmptyState>
        <p className="state-title">请至少选择一个地区或机构</p>
      </EmptyState>
    );
  } else if (series.isPending) {
    body = <Skeleton variant="chart" label="正在加载数据…" />;
  } else if (series.isError) {
    body = <ErrorState error={series.error} onRetry={() => void series.refetch()} />;
  } else if (shown === undefined || chart === undefined || !hasAnyValue(chart)) {
    body = (
      <EmptyState>
        <p className="state-title">所选地区和机构在这一指标上没有数据</p>
        <p>
          换一个指标或范围试试；比率指标在分母为零时不计算。如果还没有导入相关年报，请到{' '}
          <Link to="/import">导入</Link> 页面上传。
        </p>
      </EmptyState>
    );
  } else {
    const skipped = indexed ? unindexableLines(chart) : [];
    body = (
      <div className={series.isPlaceholderData ? 'is-stale' : undefined} aria-busy={series.isFetching}>
        {markers.length > 0 && (
          <p className="edition-note" data-testid="edition-note">
            <span aria-hidden="true">┆</span> 该指标在 2021
            版年报格式中含义有变化（如“本年新制作数量”改为“本年制发件数”）， 虚线前后的数字不宜直接比较。
          </p>
        )}
        {skipped.length > 0 && <p className="hint">{skipped.join('、')} 首年数值为 0，无法换算为指数。</p>}
        <TrendChart data={shown} unit={shownUnit} title={title} markers={markers} />
        <ChartExport
          item={trendItem({
            data: shown,
            unit: shownUnit,
            markers,
            title,
            subtitle: subtitleOf(
              chips.map((c) => c.name).join('、'),
              rowYears(shown.rows),
              indexed ? '指数，首年 = 100' : undefined,
            ),
            metricLabel: indexed ? `${metric.labelZh}指数` : metric.labelZh,
          })}
          scope={{
            regions: request.regions,
            regionIds: request.regionIds,
            agencies: request.agencies,
            kind: request.kind,
            from: state.from,
            to: state.to,
          }}
        />
        <TrendTable data={shown} unit={shownUnit} caption={`${title} 数据表`} />
        {state.areas.length > 0 && (
          <p className="hint">
            地区的数字是其下各机构报告之和（括号内为报告份数），不含人民政府的汇总报告，以免重复计算；比率按分子、分母分别合计后计算。
          </p>
        )}
        <ExportLinks href={(format) => api.exportUrl.series(request, format)} />
      </div>
    );
  }

  return (
    <section className="page trends-page">
      <header className="page-header">
        <h1>趋势</h1>
        {metric !== undefined && <p className="subtitle">{title}</p>}
      </header>
      {filterBar}
      <div className="trends-layout">
        <aside className="filters" aria-label="趋势设置">
          <MetricPicker
            metrics={metricsList}
            value={state.metric}
            onChange={(code) => onChange({ metric: code })}
          />
          <fieldset className="mode-toggle">
            <legend>数值</legend>
            {(['absolute', 'indexed'] as TrendMode[]).map((mode) => (
              <label key={mode} className="radio">
                <input
                  type="radio"
                  name="trend-mode"
                  value={mode}
                  checked={state.mode === mode}
                  onChange={() => onChange({ mode })}
                />
                {mode === 'absolute' ? '原始数值' : '指数（首年 = 100）'}
              </label>
            ))}
          </fieldset>
          <YearRange from={state.from} to={state.to} onChange={(range) => onChange(range)} />
          <fieldset>
            <legend>
              线条{' '}
              <span className="muted">
                （{lineCount} / {MAX_TREND_LINES}）
              </span>
            </legend>
            <LineChips lines={chips} onRemove={removeLine} />
          </fieldset>
          <RegionPicker
            roots={roots}
            value={{ region: undefined, regionId: undefined }}
            label="添加地区"
            placeholder="选择要加入的地区"
            disabled={lineCount >= MAX_TREND_LINES}
            onChange={addArea}
          />
          <AgencyMultiSelect
            selected={state.agencies}
            names={names}
            max={MAX_TREND_LINES - state.areas.length}
            scope={scope}
            showChips={false}
            onChange={(ids) => onChange({ agencies: ids })}
          />
        </aside>
        <div className="trends-main">{body}</div>
      </div>
    </section>
  );
}
