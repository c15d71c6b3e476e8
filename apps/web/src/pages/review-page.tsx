import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { CaseBars } from '../components/case-bars.tsx';
import { FilterBar } from '../components/filter-bar.tsx';
import { QualityFlag } from '../components/quality-flag.tsx';
import { EmptyState, ErrorState, NoRegions, NoReports } from '../components/query-state.tsx';
import { Skeleton } from '../components/skeleton.tsx';
import { TrendChart } from '../components/trend-chart.tsx';
import { TrendTable } from '../components/trend-table.tsx';
import { ChartExport } from '../export/chart-export.tsx';
import { casesItem, rowYears, subtitleOf, trendItem } from '../export/chart-items.ts';
import { usePageFilters } from '../hooks/use-page-filters.ts';
import { compareUnits } from '../lib/compare-units.ts';
import { formatValue } from '../lib/format-value.ts';
import { regionLabel } from '../lib/region-tree.ts';
import { caseCodes, casesByYear, correctionRate, unitsWithCases } from '../lib/review-cases.ts';
import { buildChartData, hasAnyValue } from '../lib/series-rows.ts';
import { compareQueries } from '../queries/compare-queries.ts';
import { seriesQueries } from '../queries/series-queries.ts';

/** Region lines of every outcome code (totals are not drawn: the stack adds up to them). */
const codes = caseCodes().filter((c) => !c.endsWith('.total'));

const RATES = [
  { code: 'd.review.correction_rate', name: '行政复议纠错率' },
  { code: 'd.litigation.correction_rate', name: '行政诉讼纠错率' },
] as const;

/** 复议诉讼: review and litigation cases by outcome over the years, correction rates, units with cases. */
export function ReviewPage() {
  const filters = usePageFilters();
  const { region, year, kind } = filters;
  const lineScope = {
    agencies: [],
    regions: region.region === undefined ? [] : [region.region],
    regionIds: region.regionId === undefined ? [] : [region.regionId],
    kind,
  };
  const caseSeries = useQueries({
    queries: [...codes, ...RATES.map((r) => r.code)].map((metric) =>
      seriesQueries.series({ metric, ...lineScope }),
    ),
  });
  const units = useQuery({
    ...compareQueries.compare({
      metrics: caseCodes(),
      year: year ?? 0,
      region: region.region,
      regionId: region.regionId,
      kind,
      groupBy: 'agency',
    }),
    enabled: year !== undefined && filters.tree.isSuccess,
  });

  const pending = caseSeries.some((q) => q.isPending && q.fetchStatus !== 'idle');
  const failed = caseSeries.find((q) => q.isError);
  const caseRows = useMemo(() => {
    const map = new Map<string, { year: number; value: number | null }[]>();
    codes.forEach((code, i) => {
      map.set(code, caseSeries[i]?.data?.regions[0]?.points ?? []);
    });
    return casesByYear(map);
  }, [caseSeries]);
  const rates = useMemo(
    () =>
      buildChartData(
        RATES.map((r, i) => ({
          key: r.code.replace(/\W/g, '_'),
          name: r.name,
          points: caseSeries[codes.length + i]?.data?.regions[0]?.points ?? [],
        })),
      ),
    [caseSeries],
  );
  const withCases = useMemo(
    () => (units.data === undefined ? [] : unitsWithCases(compareUnits(units.data))),
    [units.data],
  );

  // What exports of the charts say about where their numbers come from.
  const place = filters.path === undefined ? '' : regionLabel(filters.path);
  const exportScope = { ...lineScope, summaries: 'exclude' as const };

  if (filters.tree.isError)
    return <ErrorState error={filters.tree.error} onRetry={() => void filters.tree.refetch()} />;
  if (filters.empty) {
    return (
      <section className="page">
        <h1>复议诉讼</h1>
        <NoReports />
      </section>
    );
  }
  if (filters.noRegions) {
    return (
      <section className="page">
        <h1>复议诉讼</h1>
        <NoRegions />
      </section>
    );
  }

  return (
    <section className="page review-page">
      <header className="page-header">
        <h1>复议诉讼</h1>
        {filters.path !== undefined && (
          <p className="subtitle">{regionLabel(filters.path)} · 政府信息公开行政复议、行政诉讼</p>
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
        />
      )}

      {failed !== undefined ? (
        <ErrorState error={failed.error} onRetry={() => caseSeries.forEach((q) => void q.refetch())} />
      ) : pending || filters.tree.isPending ? (
        <Skeleton variant="chart" count={2} label="正在加载复议诉讼数据…" />
      ) : caseRows.length === 0 ? (
        <EmptyState>
          <p className="state-title">所选地区还没有复议诉讼数据</p>
          <p>
            到 <Link to="/import">导入</Link> 页面上传年报后，这里会显示各年度的案件结果。
          </p>
        </EmptyState>
      ) : (
        <>
          <section className="panel">
            <h2>案件结果（历年）</h2>
            <div className="case-charts">
              <CaseBars rows={caseRows} group="review" title="行政复议案件（件）" />
              <CaseBars
                rows={caseRows}
                group="litigation"
                title="行政诉讼案件（件，含直接起诉与复议后起诉）"
              />
            </div>
            <div className="case-charts">
              {(['review', 'litigation'] as const).map((group) => (
                <ChartExport
                  key={group}
                  item={casesItem({
                    rows: caseRows,
                    group,
                    title:
                      group === 'review'
                        ? '政府信息公开行政复议案件（件）'
                        : '政府信息公开行政诉讼案件（件）',
                    subtitle: subtitleOf(
                      place,
                      rowYears(caseRows),
                      group === 'litigation' ? '含直接起诉与复议后起诉' : undefined,
                    ),
                  })}
                  scope={exportScope}
                />
              ))}
            </div>
          </section>
          <section className="panel">
            <h2>纠错率（历年）</h2>
            <p className="hint">
              纠错率 = 结果纠正 ÷（总计 − 尚未审结）；当年没有审结案件时不计算，显示“—”。
            </p>
            {hasAnyValue(rates) ? (
              <>
                <TrendChart data={rates} unit="%" title="纠错率（%）" />
                <ChartExport
                  item={trendItem({
                    data: rates,
                    unit: '%',
                    title: '政府信息公开行政复议、行政诉讼纠错率（%）',
                    subtitle: subtitleOf(place, rowYears(rates.rows)),
                    metricLabel: '纠错率',
                    measuresOf: filters.path?.at(-1)?.name ?? '',
                  })}
                  scope={exportScope}
                />
                <TrendTable data={rates} unit="%" caption="纠错率（%）" />
              </>
            ) : (
              <p className="muted">所选范围内没有审结的案件，无法计算纠错率。</p>
            )}
          </section>
        </>
      )}

      <section className="panel">
        <h2>{year ?? ''} 年度有案件的单位</h2>
        {units.isError ? (
          <ErrorState error={units.error} onRetry={() => void units.refetch()} />
        ) : units.isPending ? (
          <Skeleton variant="table" count={5} />
        ) : withCases.length === 0 ? (
          <p className="muted" data-testid="no-cases">
            {year} 年度所选范围内没有单位报告政府信息公开行政复议或行政诉讼案件。
          </p>
        ) : (
          <div className="table-scroll">
            <table className="data-table" data-testid="case-units">
              <thead>
                <tr>
                  <th scope="col">机构</th>
                  <th scope="col" className="num">
                    复议（件）
                  </th>
                  <th scope="col" className="num">
                    复议纠正（件）
                  </th>
                  <th scope="col" className="num">
                    复议纠错率（%）
                  </th>
                  <th scope="col" className="num">
                    诉讼（件）
                  </th>
                  <th scope="col" className="num">
                    诉讼纠正（件）
                  </th>
                  <th scope="col" className="num">
                    诉讼纠错率（%）
                  </th>
                  <th scope="col">质量</th>
                </tr>
              </thead>
              <tbody>
                {withCases.map((u) => (
                  <tr key={u.unit.key}>
                    <th scope="row">
                      {u.unit.reportId === undefined ? (
                        u.unit.name
                      ) : (
                        <Link to={`/reports/${u.unit.reportId}`}>{u.unit.name}</Link>
                      )}
                    </th>
                    <td className="num">{formatValue(u.review, '件')}</td>
                    <td className="num">{formatValue(u.reviewCorrected, '件')}</td>
                    <td className="num">
                      {formatValue(correctionRate(u.reviewCorrected, u.review, u.reviewPending), '%')}
                    </td>
                    <td className="num">{formatValue(u.litigation, '件')}</td>
                    <td className="num">{formatValue(u.litigationCorrected, '件')}</td>
                    <td className="num">
                      {formatValue(
                        correctionRate(u.litigationCorrected, u.litigation, u.litigationPending),
                        '%',
                      )}
                    </td>
                    <td>{u.unit.flaggedCount > 0 ? <QualityFlag /> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </section>
  );
}
