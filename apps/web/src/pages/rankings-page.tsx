import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { api, type RankingFilters } from '../api/client.ts';
import { ExportLinks } from '../components/export-links.tsx';
import { FilterBar } from '../components/filter-bar.tsx';
import { MetricPicker } from '../components/metric-picker.tsx';
import { EmptyState, ErrorState, NoRegions, NoReports } from '../components/query-state.tsx';
import { RankingTable } from '../components/ranking-table.tsx';
import { Skeleton } from '../components/skeleton.tsx';
import { usePageFilters } from '../hooks/use-page-filters.ts';
import { findMetric } from '../lib/metric-groups.ts';
import {
  firstDirection,
  RANKING_SORT_KEYS,
  type RankingSortKey,
  type SortDirection,
} from '../lib/ranking-sort.ts';
import { regionLabel } from '../lib/region-tree.ts';
import { metricQueries } from '../queries/metric-queries.ts';
import { rankingQueries } from '../queries/ranking-queries.ts';

const DEFAULT_METRIC = 'd.applications.received';

/** 排名: agencies ranked by any metric for the year, with last year's rank and the change. */
export function RankingsPage() {
  const filters = usePageFilters();
  const metrics = useQuery(metricQueries.catalogue());
  const { params, region, year, kind } = filters;
  const metric = params.get('metric') ?? DEFAULT_METRIC;
  const order = params.get('order') === 'asc' ? 'asc' : 'desc';
  const includeFlagged = params.get('flagged') === '1';
  const sortParam = params.get('sort');
  const sort: RankingSortKey = RANKING_SORT_KEYS.find((k) => k === sortParam) ?? 'rank';
  const direction: SortDirection =
    params.get('dir') === 'asc' || params.get('dir') === 'desc'
      ? (params.get('dir') as SortDirection)
      : firstDirection(sort);

  const request: RankingFilters = {
    metric,
    year: year ?? 0,
    region: region.region,
    regionId: region.regionId,
    kind,
    order,
    includeFlagged,
    sort,
    dir: direction,
  };
  // The server sorts and pages; the table asks for the next page as it scrolls near the loaded end.
  const ranking = useInfiniteQuery({
    ...rankingQueries.pages(request),
    enabled: year !== undefined && filters.tree.isSuccess,
  });
  const rows = useMemo(() => ranking.data?.pages.flatMap((p) => p.rows) ?? [], [ranking.data]);
  const summary = ranking.data?.pages[0];
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = ranking;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const def = findMetric(metrics.data?.metrics ?? [], metric);
  const unit = def?.unit ?? '';

  if (filters.tree.isError)
    return <ErrorState error={filters.tree.error} onRetry={() => void filters.tree.refetch()} />;
  if (filters.empty) {
    return (
      <section className="page">
        <h1>排名</h1>
        <NoReports />
      </section>
    );
  }
  if (filters.noRegions) {
    return (
      <section className="page">
        <h1>排名</h1>
        <NoRegions />
      </section>
    );
  }

  const onSort = (key: RankingSortKey) =>
    filters.setPage({
      sort: key === 'rank' ? undefined : key,
      dir: key === sort ? (direction === 'asc' ? 'desc' : 'asc') : undefined,
    });
  const total = summary?.total ?? 0;
  const ranked = summary?.ranked ?? 0;
  const flagged = summary?.flaggedCount ?? 0;

  return (
    <section className="page rankings-page">
      <header className="page-header">
        <h1>排名</h1>
        <p className="breadcrumb">
          另见 <Link to="/rankings/ledger">信息报送排名</Link>（政务信息报送台账：报送、采用与采用率）
        </p>
        {year !== undefined && filters.path !== undefined && (
          <p className="subtitle">
            {regionLabel(filters.path)} · {year} 年度 · {def?.labelZh ?? metric}
          </p>
        )}
      </header>
      {filters.tree.isSuccess && (
        <FilterBar
          roots={filters.roots}
          region={region}
          year={year}
          years={filters.years}
          kind={kind}
          onChange={(change) => filters.update(change)}
        >
          <MetricPicker
            metrics={metrics.data?.metrics ?? []}
            value={metric}
            onChange={(code) => filters.setPage({ metric: code })}
          />
          <div className="field">
            <label htmlFor="ranking-order">排名方向</label>
            <select
              id="ranking-order"
              value={order}
              onChange={(event) =>
                filters.setPage({ order: event.target.value === 'asc' ? 'asc' : undefined })
              }
            >
              <option value="desc">数值大者居前</option>
              <option value="asc">数值小者居前</option>
            </select>
          </div>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={includeFlagged}
              onChange={(event) => filters.setPage({ flagged: event.target.checked })}
            />
            包含存疑报告
          </label>
        </FilterBar>
      )}

      {ranking.isError && !ranking.isFetchNextPageError ? (
        <ErrorState error={ranking.error} onRetry={() => void ranking.refetch()} />
      ) : ranking.isPending || metrics.isPending ? (
        <Skeleton variant="table" count={10} label="正在加载排名…" />
      ) : total === 0 ? (
        <EmptyState>
          <p className="state-title">没有可排名的机构</p>
          <p>
            {year} 年度在所选范围内没有报告
            {includeFlagged ? '' : '（存疑报告默认不计入，可勾选“包含存疑报告”）'}
            。也可以到 <Link to="/import">导入</Link> 页面上传年报。
          </p>
        </EmptyState>
      ) : (
        <div className={ranking.isPlaceholderData ? 'is-stale' : undefined} aria-busy={ranking.isFetching}>
          <p className="ranking-summary" data-testid="ranking-summary">
            共 {total} 个机构，{ranked} 个有数值参与排名
            {total > ranked ? `，${total - ranked} 个无数值（比率分母为零或未填报）` : ''}
            {includeFlagged ? `；其中 ${flagged} 个来自存疑报告` : '；存在错误核对结果的报告未计入'}
            。并列者名次相同。
          </p>
          <RankingTable
            rows={rows}
            total={total}
            valueScale={summary?.valueScale ?? 0}
            unit={unit}
            sort={sort}
            direction={direction}
            onSort={onSort}
            onNearEnd={ranking.isFetchNextPageError ? undefined : loadMore}
          />
          {ranking.isFetchNextPageError && (
            <ErrorState
              title="更多排名加载失败"
              error={ranking.error}
              onRetry={() => void ranking.fetchNextPage()}
            />
          )}
          <ExportLinks href={(format) => api.exportUrl.rankings(request, format)} />
        </div>
      )}
    </section>
  );
}
