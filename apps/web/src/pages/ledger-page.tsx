import type { LedgerRankingDto, LedgerRankingRowDto, LedgerSeriesDto } from '@nianbao/schema';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef } from 'react';
import { Link } from 'react-router';
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
import { CompareBars } from '../components/compare-bars.tsx';
import { ExportLinks } from '../components/export-links.tsx';
import { FilterBar } from '../components/filter-bar.tsx';
import { EmptyState, ErrorState } from '../components/query-state.tsx';
import { Skeleton } from '../components/skeleton.tsx';
import { usePageFilters } from '../hooks/use-page-filters.ts';
import { formatValue, NO_VALUE } from '../lib/format-value.ts';
import { type LedgerRankingFilters, ledgerApi } from '../lib/ledger-api.ts';
import { type LedgerSortKey, measureOf, parseLedgerParams } from '../lib/ledger-params.ts';
import {
  ledgerBars,
  MEASURE_LABELS,
  MEASURE_UNITS,
  periodLabel,
  shownRank,
  sortLedgerRows,
  trendPoints,
} from '../lib/ledger-table.ts';
import { ledgerQueries } from '../queries/ledger-queries.ts';

/** Marks data from the generated demo ledger wherever it is shown. */
function DemoBadge() {
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

const COLUMNS: { key: LedgerSortKey; label: string }[] = [
  { key: 'name', label: '单位' },
  { key: 'submitted', label: '报送（条）' },
  { key: 'adopted', label: '采用（条）' },
  { key: 'rate', label: '采用率（%）' },
];

function LedgerTable({
  rows,
  sort,
  dir,
  selected,
  onSort,
  onSelect,
}: {
  rows: readonly LedgerRankingRowDto[];
  sort: LedgerSortKey;
  dir: 'asc' | 'desc';
  selected: number | undefined;
  onSort: (key: LedgerSortKey) => void;
  onSelect: (agencyId: number) => void;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="ledger-table">
        <caption className="visually-hidden">信息报送排名，点击单位查看逐月趋势</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              名次
            </th>
            {COLUMNS.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.key === 'name' ? undefined : 'num'}
                aria-sort={sort === column.key ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                  {column.label}
                  {sort === column.key && <span className="sort-mark">{dir === 'asc' ? '▲' : '▼'}</span>}
                </button>
              </th>
            ))}
            <th scope="col">地区</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.agencyId} className={row.agencyId === selected ? 'selected' : undefined}>
              <td className="num">{shownRank(row, sort) ?? NO_VALUE}</td>
              <td>
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={row.agencyId === selected}
                  title="查看该单位逐月趋势"
                  onClick={() => onSelect(row.agencyId)}
                >
                  {row.agencyName}
                </button>
              </td>
              <td className="num">{row.submitted}</td>
              <td className="num">{row.adopted}</td>
              <td className="num">{formatValue(row.rate, '%')}</td>
              <td>{row.regionName ?? NO_VALUE}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function LedgerTrend({ series, ytd }: { series: LedgerSeriesDto; ytd: boolean }) {
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

function TrendPanel({ agency, year, ytd }: { agency: number; year: number | undefined; ytd: boolean }) {
  const query = useQuery(ledgerQueries.series({ agency, year }));
  const ref = useRef<HTMLDivElement>(null);
  // A unit clicked far down the table: bring its trend into view.
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [agency]);
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
      <ExportLinks href={(format) => ledgerApi.exportUrl.series({ agency, year }, format)} />
    </section>
  );
}

function Summary({ dto, rows }: { dto: LedgerRankingDto; rows: number }) {
  const { totals } = dto;
  return (
    <p className="ranking-summary" data-testid="ledger-summary">
      共 {rows} 个单位；合计报送 {formatValue(totals.submitted, '条')}，采用{' '}
      {formatValue(totals.adopted, '条')}
      ，采用率 {formatValue(totals.rate, '%')}。并列者名次相同；未报送信息的单位没有采用率，排在最后。
    </p>
  );
}

/** 排名 › 信息报送: units ranked by items submitted, adopted and adoption rate, by month or year to date. */
export function LedgerPage() {
  const filters = usePageFilters();
  const yearId = useId();
  const monthId = useId();
  const state = parseLedgerParams(filters.params);
  const { region, kind } = filters;
  const request: LedgerRankingFilters = {
    year: state.year,
    month: state.month,
    scope: state.scope,
    region: region.region,
    regionId: region.regionId,
    kind,
    by: measureOf(state.sort),
    order: 'desc',
  };
  const ranking = useQuery({ ...ledgerQueries.rankings(request), enabled: filters.tree.isSuccess });
  const dto = ranking.data;
  const rows = useMemo(
    () => (dto === undefined ? [] : sortLedgerRows(dto.rows, state.sort, state.dir)),
    [dto, state.sort, state.dir],
  );
  const measure = measureOf(state.sort);
  const demo = dto?.sources.includes('demo') ?? false;
  const onSort = (key: LedgerSortKey) =>
    filters.setPage({
      sort: key === 'adopted' ? undefined : key,
      dir: key === state.sort ? (state.dir === 'asc' ? 'desc' : 'asc') : undefined,
    });
  const onSelect = (agencyId: number) =>
    filters.setPage({ unit: agencyId === state.unit ? undefined : agencyId });

  if (filters.tree.isError)
    return <ErrorState error={filters.tree.error} onRetry={() => void filters.tree.refetch()} />;

  return (
    <section className="page ledger-page">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to="/rankings">排名</Link> › 信息报送
        </p>
        <h1>信息报送排名 {demo && <DemoBadge />}</h1>
        {dto !== undefined && dto.year !== null && (
          <p className="subtitle">
            {periodLabel(dto)} · 按{MEASURE_LABELS[measure]}排名
          </p>
        )}
      </header>
      {filters.tree.isSuccess && (
        <FilterBar
          roots={filters.roots}
          region={region}
          kind={kind}
          showYear={false}
          onChange={(change) => filters.update(change, { unit: undefined })}
        >
          <fieldset className="segmented" aria-label="统计范围">
            <legend>统计范围</legend>
            {(['month', 'ytd'] as const).map((scope) => (
              <label key={scope} className="radio">
                <input
                  type="radio"
                  name="ledger-scope"
                  checked={state.scope === scope}
                  onChange={() => filters.setPage({ scope: scope === 'ytd' ? 'ytd' : undefined })}
                />
                {scope === 'month' ? '当月' : '年累计'}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={yearId}>年份</label>
            <select
              id={yearId}
              value={dto?.year ?? ''}
              onChange={(event) => filters.setPage({ year: event.target.value, month: undefined })}
            >
              {(dto?.availableYears ?? []).map((y) => (
                <option key={y} value={y}>
                  {y} 年
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={monthId}>{state.scope === 'ytd' ? '截至月份' : '月份'}</label>
            <select
              id={monthId}
              value={dto?.month ?? ''}
              onChange={(event) => filters.setPage({ month: event.target.value })}
            >
              {(dto?.availableMonths ?? []).map((m) => (
                <option key={m} value={m}>
                  {m} 月
                </option>
              ))}
            </select>
          </div>
        </FilterBar>
      )}

      {ranking.isError ? (
        <ErrorState error={ranking.error} onRetry={() => void ranking.refetch()} />
      ) : ranking.isPending || dto === undefined ? (
        <Skeleton variant="table" count={10} label="正在加载信息报送排名…" />
      ) : rows.length === 0 ? (
        <EmptyState>
          <p className="state-title">没有信息报送台账数据</p>
          <p>
            所选范围{dto.year === null ? '' : `在${periodLabel(dto)}`}没有台账记录。可用命令行{' '}
            <code>npx nianbao ledger import 台账.xlsx</code> 导入月度台账（CSV 或 Excel）。
          </p>
        </EmptyState>
      ) : (
        <div className={ranking.isPlaceholderData ? 'is-stale' : undefined} aria-busy={ranking.isFetching}>
          <Summary dto={dto} rows={rows.length} />
          <CompareBars
            rows={ledgerBars(rows, measure)}
            unit={MEASURE_UNITS[measure]}
            title={`${MEASURE_LABELS[measure]}前 15 名（${periodLabel(dto)}）`}
            testId="ledger-bars"
          />
          {state.unit !== undefined && (
            <TrendPanel agency={state.unit} year={dto.year ?? undefined} ytd={state.scope === 'ytd'} />
          )}
          <LedgerTable
            rows={rows}
            sort={state.sort}
            dir={state.dir}
            selected={state.unit}
            onSort={onSort}
            onSelect={onSelect}
          />
          <ExportLinks
            href={(format) =>
              ledgerApi.exportUrl.rankings(
                { ...request, year: dto.year ?? undefined, month: dto.month ?? undefined },
                format,
              )
            }
          />
        </div>
      )}
    </section>
  );
}
