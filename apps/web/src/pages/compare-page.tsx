import type { MetricDef } from '@nianbao/schema';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { api, type CompareFilters } from '../api/client.ts';
import { CompareBars } from '../components/compare-bars.tsx';
import { ExportLinks } from '../components/export-links.tsx';
import { FilterBar } from '../components/filter-bar.tsx';
import { MetricPicker } from '../components/metric-picker.tsx';
import { OutcomeBars } from '../components/outcome-bars.tsx';
import { QualityFlag } from '../components/quality-flag.tsx';
import { EmptyState, ErrorState, NoRegions, NoReports } from '../components/query-state.tsx';
import { Skeleton } from '../components/skeleton.tsx';
import { ChartExport } from '../export/chart-export.tsx';
import { barsItem, outcomesItem, subtitleOf } from '../export/chart-items.ts';
import { usePageFilters } from '../hooks/use-page-filters.ts';
import { barRows, type CompareUnit, compareUnits, topUnits } from '../lib/compare-units.ts';
import { formatValue } from '../lib/format-value.ts';
import { findMetric } from '../lib/metric-groups.ts';
import { OUTCOMES, outcomeRows } from '../lib/outcome-shares.ts';
import { regionLabel } from '../lib/region-tree.ts';
import { compareQueries } from '../queries/compare-queries.ts';
import { metricQueries } from '../queries/metric-queries.ts';

/** Bars drawn before "show all": more stop being readable at a glance. */
const TOP = 30;
/** Units in each small multiple. */
const MULTIPLE_UNITS = 12;
const DEFAULT_METRIC = 'd.applications.received';
const MULTIPLES = [
  'd.applications.received',
  'd.applications.disclosed_rate',
  'd.review.cases',
  'd.review.correction_rate',
  'd.litigation.cases',
  'd.normative.issued',
];

/** 对比: one year, many agencies or sub-regions side by side. */
export function ComparePage() {
  const filters = usePageFilters();
  const metrics = useQuery(metricQueries.catalogue());
  const { params, region, year, kind, regionNode } = filters;
  const metric = params.get('metric') ?? DEFAULT_METRIC;
  const hasChildren = (regionNode?.children ?? []).some((c) => c.totalReportCount > 0);
  const groupParam = params.get('groupBy');
  const groupBy =
    groupParam === 'agency' || groupParam === 'region' ? groupParam : hasChildren ? 'region' : 'agency';
  const showAll = params.get('all') === '1';

  const request: CompareFilters = {
    metrics: [...new Set([metric, ...OUTCOMES.map((o) => o.code), ...MULTIPLES])],
    year: year ?? 0,
    region: region.region,
    regionId: region.regionId,
    kind,
    groupBy,
  };
  const compare = useQuery({
    ...compareQueries.compare(request),
    enabled: year !== undefined && filters.tree.isSuccess,
  });
  const units = useMemo(() => (compare.data === undefined ? [] : compareUnits(compare.data)), [compare.data]);
  const def = findMetric(metrics.data?.metrics ?? [], metric);
  const unit = def?.unit ?? '';

  if (filters.tree.isError)
    return <ErrorState error={filters.tree.error} onRetry={() => void filters.tree.refetch()} />;
  if (filters.empty) {
    return (
      <section className="page">
        <h1>对比</h1>
        <NoReports />
      </section>
    );
  }
  if (filters.noRegions) {
    return (
      <section className="page">
        <h1>对比</h1>
        <NoRegions />
      </section>
    );
  }

  const ranked = topUnits(units, metric, showAll ? units.length : TOP);
  const multipleUnits = topUnits(units, metric, MULTIPLE_UNITS);
  const where = filters.path === undefined ? '' : regionLabel(filters.path);
  // The reports behind the charts, for their source line: region rows leave government summaries out.
  const exportScope = {
    regions: region.region === undefined ? [] : [region.region],
    regionIds: region.regionId === undefined ? [] : [region.regionId],
    kind,
    year,
    summaries: groupBy === 'agency' ? ('include' as const) : ('exclude' as const),
  };

  return (
    <section className="page compare-page">
      <header className="page-header">
        <h1>对比</h1>
        {year !== undefined && (
          <p className="subtitle">
            {where} · {year} 年度 · {groupBy === 'region' ? '下级地区' : '各机构'}
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
          onChange={(change) =>
            filters.update(change, change.region === undefined ? {} : { groupBy: undefined })
          }
        >
          <fieldset className="segmented" aria-label="对比对象">
            <legend>对比对象</legend>
            {(['region', 'agency'] as const).map((g) => (
              <label key={g} className="radio">
                <input
                  type="radio"
                  name="group-by"
                  checked={groupBy === g}
                  onChange={() => filters.setPage({ groupBy: g, all: undefined })}
                />
                {g === 'region' ? '下级地区' : '各机构'}
              </label>
            ))}
          </fieldset>
        </FilterBar>
      )}

      {compare.isError ? (
        <ErrorState error={compare.error} onRetry={() => void compare.refetch()} />
      ) : compare.isPending || metrics.isPending ? (
        <Skeleton variant="chart" label="正在加载对比数据…" />
      ) : units.length === 0 ? (
        <EmptyState>
          <p className="state-title">{year} 年度在所选范围内没有报告</p>
          <p>
            换一个年度或地区试试，或到 <Link to="/import">导入</Link> 页面上传这一年的年报。
          </p>
        </EmptyState>
      ) : (
        <div className={compare.isPlaceholderData ? 'is-stale' : undefined} aria-busy={compare.isFetching}>
          <section className="panel">
            <div className="panel-head">
              <h2>单项指标</h2>
              <MetricPicker
                metrics={metrics.data?.metrics ?? []}
                value={metric}
                onChange={(code) => filters.setPage({ metric: code })}
              />
            </div>
            <CompareBars
              rows={barRows(ranked, metric)}
              unit={unit}
              title={`${def?.labelZh ?? metric}（${unit}）`}
            />
            <ChartExport
              item={barsItem({
                rows: barRows(ranked, metric),
                unit,
                title: `${def?.labelZh ?? metric}（${unit}）`,
                subtitle: subtitleOf(where, `${year}年度`, groupBy === 'region' ? '各下级地区' : '各机构'),
                metricLabel: def?.labelZh ?? metric,
                year: year ?? 0,
                scope: `${filters.path?.at(-1)?.name ?? ''}${groupBy === 'region' ? '各下级地区' : '各机构'}`,
                additive: unit !== '%',
              })}
              scope={exportScope}
            />
            {units.length > TOP && (
              <button
                type="button"
                className="button"
                onClick={() => filters.setPage({ all: showAll ? undefined : true })}
              >
                {showAll ? `只显示前 ${TOP} 个` : `显示全部 ${units.length} 个`}
              </button>
            )}
          </section>

          <section className="panel">
            <h2>依申请公开办理结果构成</h2>
            <OutcomeBars
              rows={outcomeRows(
                ranked.map((u) => ({
                  name: u.name,
                  values: u.values,
                  flagged: u.flaggedCount > 0,
                })),
              )}
            />
            <ChartExport
              item={outcomesItem({
                rows: outcomeRows(
                  ranked.map((u) => ({ name: u.name, values: u.values, flagged: u.flaggedCount > 0 })),
                ),
                title: '依申请公开办理结果构成（%）',
                subtitle: subtitleOf(where, `${year}年度`, groupBy === 'region' ? '各下级地区' : '各机构'),
                year: year ?? 0,
                scope: `${filters.path?.at(-1)?.name ?? ''}${groupBy === 'region' ? '各下级地区' : '各机构'}`,
              })}
              scope={exportScope}
            />
          </section>

          <section className="panel">
            <h2>
              小多图：主要指标（按“{def?.labelZh ?? metric}”前 {MULTIPLE_UNITS} 名）
            </h2>
            <div className="multiples" data-testid="small-multiples">
              {MULTIPLES.map((code) => {
                const m = findMetric(metrics.data?.metrics ?? [], code);
                return (
                  <div key={code}>
                    <CompareBars
                      compact
                      testId="multiple"
                      rows={barRows(multipleUnits, code)}
                      unit={m?.unit ?? ''}
                      title={`${m?.labelZh ?? code}（${m?.unit ?? ''}）`}
                    />
                    <ChartExport
                      compact
                      item={barsItem({
                        rows: barRows(multipleUnits, code),
                        unit: m?.unit ?? '',
                        title: `${m?.labelZh ?? code}（${m?.unit ?? ''}）`,
                        subtitle: subtitleOf(
                          where,
                          `${year}年度`,
                          `按“${def?.labelZh ?? metric}”前 ${MULTIPLE_UNITS} 名`,
                        ),
                        metricLabel: m?.labelZh ?? code,
                        year: year ?? 0,
                        scope: `${filters.path?.at(-1)?.name ?? ''}${groupBy === 'region' ? '各下级地区' : '各机构'}`,
                        additive: m?.unit !== '%',
                      })}
                      scope={exportScope}
                    />
                  </div>
                );
              })}
            </div>
          </section>

          <section className="panel">
            <h2>数据表</h2>
            <CompareTable units={units} metric={def} onDrill={(ref) => filters.update({ region: ref })} />
            <ExportLinks href={(format) => api.exportUrl.compare(request, format)} />
          </section>
        </div>
      )}
    </section>
  );
}

function CompareTable({
  units,
  metric,
  onDrill,
}: {
  units: readonly CompareUnit[];
  metric: MetricDef | undefined;
  onDrill: (ref: NonNullable<CompareUnit['region']>) => void;
}) {
  const code = metric?.code ?? '';
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="compare-table">
        <thead>
          <tr>
            <th scope="col">单位</th>
            <th scope="col" className="num">
              {metric?.labelZh ?? code}（{metric?.unit ?? ''}）
            </th>
            {OUTCOMES.map((o) => (
              <th key={o.code} scope="col" className="num">
                {o.label}（件）
              </th>
            ))}
            <th scope="col" className="num">
              报告（份）
            </th>
            <th scope="col">质量</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.key}>
              <th scope="row">
                {u.reportId !== undefined ? (
                  <Link to={`/reports/${u.reportId}`}>{u.name}</Link>
                ) : u.region !== undefined ? (
                  <button type="button" className="link-button" onClick={() => u.region && onDrill(u.region)}>
                    {u.name}
                  </button>
                ) : (
                  u.name
                )}
              </th>
              <td className="num">{formatValue(u.values[code] ?? null, metric?.unit ?? '')}</td>
              {OUTCOMES.map((o) => (
                <td key={o.code} className="num">
                  {formatValue(u.values[o.code] ?? null, '')}
                </td>
              ))}
              <td className="num">{u.reportCount}</td>
              <td>{u.flaggedCount > 0 ? <QualityFlag count={u.flaggedCount} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
