import type { LedgerRankingDto } from '@nianbao/schema';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { CompareBars } from '../components/compare-bars.tsx';
import { ExportLinks } from '../components/export-links.tsx';
import { FilterBar } from '../components/filter-bar.tsx';
import { EmptyState, ErrorState } from '../components/query-state.tsx';
import { Skeleton } from '../components/skeleton.tsx';
import { usePageFilters } from '../hooks/use-page-filters.ts';
import { formatValue } from '../lib/format-value.ts';
import { type LedgerRankingFilters, ledgerApi } from '../lib/ledger-api.ts';
import { type LedgerSortKey, measureOf, parseLedgerParams } from '../lib/ledger-params.ts';
import {
  ledgerBars,
  MEASURE_LABELS,
  MEASURE_UNITS,
  periodLabel,
  sortLedgerRows,
} from '../lib/ledger-table.ts';
import { ledgerQueries } from '../queries/ledger-queries.ts';
import { LedgerTable } from './ledger-table.tsx';
import { DemoBadge, TrendPanel } from './ledger-trend.tsx';

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
            <TrendPanel
              key={state.unit}
              agency={state.unit}
              year={dto.year ?? undefined}
              ytd={state.scope === 'ytd'}
            />
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
