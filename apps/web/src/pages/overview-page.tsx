import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { FilterBar } from '../components/filter-bar.tsx';
import { KpiCard } from '../components/kpi-card.tsx';
import { QualityFlag } from '../components/quality-flag.tsx';
import { ErrorState, NoRegions, NoReports } from '../components/query-state.tsx';
import { Skeleton } from '../components/skeleton.tsx';
import { usePageFilters } from '../hooks/use-page-filters.ts';
import { withParams } from '../lib/filter-params.ts';
import { kpiFigure } from '../lib/kpi.ts';
import { KPI_METRICS } from '../lib/kpi-metrics.ts';
import { regionLabel } from '../lib/region-tree.ts';
import { overviewSummary } from '../lib/summary-overview.ts';
import { compareQueries } from '../queries/compare-queries.ts';
import { seriesQueries } from '../queries/series-queries.ts';

/** 总览: the region's KPIs for the year, each with last year's change and its trend; reports counted. */
export function OverviewPage() {
  const filters = usePageFilters();
  const { region, year, kind } = filters;
  const hasRegion = region.region !== undefined || region.regionId !== undefined;

  const series = useQueries({
    queries: KPI_METRICS.map((kpi) => ({
      ...seriesQueries.series({
        metric: kpi.code,
        agencies: [],
        regions: region.region === undefined ? [] : [region.region],
        regionIds: region.regionId === undefined ? [] : [region.regionId],
        kind,
      }),
    })),
  });
  // Every report of the year in the region, one row each, with those carrying error findings flagged.
  // (Region rows would leave out the governments' summary reports, which region totals skip.)
  const counts = useQuery({
    ...compareQueries.compare({
      metrics: ['d.applications.received'],
      year: year ?? 0,
      region: region.region,
      regionId: region.regionId,
      kind,
      groupBy: 'agency',
    }),
    enabled: year !== undefined && hasRegion,
  });
  const reportTotal = counts.data?.groupBy === 'agency' ? counts.data.rows.length : undefined;
  const flaggedTotal =
    counts.data?.groupBy === 'agency' ? counts.data.rows.filter((r) => r.flagged).length : undefined;

  const header = (
    <header className="page-header">
      <h1>总览</h1>
      {filters.path !== undefined && year !== undefined && (
        <p className="subtitle">
          {regionLabel(filters.path)} · {year} 年度
        </p>
      )}
    </header>
  );

  if (filters.tree.isError) {
    return (
      <section className="page overview">
        {header}
        <ErrorState
          title="无法连接数据服务"
          error={filters.tree.error}
          onRetry={() => void filters.tree.refetch()}
        />
      </section>
    );
  }
  if (filters.empty) {
    return (
      <section className="page overview">
        {header}
        <NoReports />
      </section>
    );
  }
  if (filters.noRegions) {
    return (
      <section className="page overview">
        {header}
        <NoRegions />
      </section>
    );
  }

  const failed = series.find((q) => q.isError);
  const loading =
    filters.tree.isPending ||
    filters.yearsPending ||
    series.some((q) => q.isPending && q.fetchStatus !== 'idle');
  // The generated summary reads the same series as the cards.
  const pointsOf = (code: string) =>
    series[KPI_METRICS.findIndex((k) => k.code === code)]?.data?.regions[0]?.points ?? [];
  const trendLink = (code: string) =>
    `/trends?${withParams(new URLSearchParams(), {
      metric: code,
      area: region.region ?? (region.regionId === undefined ? undefined : `id${region.regionId}`),
      agency: '',
    }).toString()}`;

  return (
    <section className="page overview">
      {header}
      {filters.tree.isSuccess && (
        <FilterBar
          roots={filters.roots}
          region={region}
          year={year}
          years={filters.years}
          kind={kind}
          onChange={(change) => filters.update(change)}
        />
      )}
      {failed !== undefined ? (
        <ErrorState error={failed.error} onRetry={() => series.forEach((q) => void q.refetch())} />
      ) : loading || year === undefined ? (
        <Skeleton variant="cards" count={8} label="正在加载指标…" />
      ) : (
        <>
          <p className="report-counts" data-testid="report-counts">
            {reportTotal === undefined ? (
              '正在统计报告…'
            ) : (
              <>
                本年度共导入 <strong data-testid="report-total">{reportTotal}</strong> 份年报，其中{' '}
                <strong data-testid="flagged-total">{flaggedTotal ?? 0}</strong> 份存在错误核对结果
                {flaggedTotal !== undefined && flaggedTotal > 0 && (
                  <>
                    {' '}
                    <QualityFlag count={flaggedTotal} />
                  </>
                )}
                。<Link to={`/reports?year=${year}`}>查看报告</Link>
              </>
            )}
          </p>
          <ul className="kpi-grid" data-testid="kpi-grid" aria-busy={series.some((q) => q.isFetching)}>
            {KPI_METRICS.map((kpi, index) => {
              const points = series[index]?.data?.regions[0]?.points ?? [];
              return (
                <KpiCard
                  key={kpi.code}
                  code={kpi.code}
                  label={kpi.label}
                  unit={kpi.unit}
                  figure={kpiFigure(points, year, kpi.unit)}
                  flaggedCount={flaggedTotal}
                  href={trendLink(kpi.code)}
                />
              );
            })}
          </ul>
          <p className="chart-summary" data-testid="overview-summary">
            {overviewSummary(filters.path?.at(-1)?.name ?? '', year, {
              received: pointsOf('d.applications.received'),
              disclosedRate: pointsOf('d.applications.disclosed_rate'),
              correctionRate: pointsOf('d.review.correction_rate'),
            })}
          </p>
          <p className="hint">
            地区合计不含人民政府的汇总报告（其数字已包含下属单位，避免重复计算）；比率类指标按各报告的分子、分母合计后计算，分母为零或缺失时显示“—”。标有
            ⚠ 的指标所在年度有报告存在错误核对结果。
          </p>
        </>
      )}
    </section>
  );
}
