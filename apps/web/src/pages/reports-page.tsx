import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Pagination } from '../components/pagination.tsx';
import { EmptyState, ErrorState, NoReports } from '../components/query-state.tsx';
import { ReportsTable } from '../components/reports-table.tsx';
import { Skeleton } from '../components/skeleton.tsx';
import { usePageFilters } from '../hooks/use-page-filters.ts';
import { parseYear } from '../lib/filter-params.ts';
import { reportQueries } from '../queries/report-queries.ts';

const PAGE_SIZE = 50;

function parsePage(raw: string | null): number {
  const page = Number(raw);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

/** 报告: searchable, paged list of imported reports; search and page live in the URL. */
export function ReportsPage() {
  const [params, setParams] = useSearchParams();
  const { years } = usePageFilters();
  const q = params.get('q') ?? '';
  const page = parsePage(params.get('page'));
  // Unlike the other pages the list shows every year unless one is chosen.
  const year = parseYear(params.get('year'));
  const query = useQuery(reportQueries.list({ q, year, page, pageSize: PAGE_SIZE }));

  const update = (next: { q?: string; page?: number; year?: number | undefined }) => {
    const out = new URLSearchParams();
    const nextQ = (next.q ?? q).trim();
    const nextPage = next.page ?? page;
    const nextYear = 'year' in next ? next.year : year;
    if (nextQ !== '') out.set('q', nextQ);
    if (nextYear !== undefined) out.set('year', String(nextYear));
    if (nextPage > 1) out.set('page', String(nextPage));
    setParams(out);
  };

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('q');
    update({ q: typeof value === 'string' ? value : '', page: 1 });
  };

  return (
    <section className="page">
      <header className="page-header">
        <h1>报告</h1>
        <search>
          <form className="search-form" onSubmit={onSearch}>
            <label htmlFor="report-search" className="visually-hidden">
              搜索报告
            </label>
            <input
              id="report-search"
              key={q}
              name="q"
              type="search"
              defaultValue={q}
              placeholder="机构、地区或文件名"
              maxLength={200}
            />
            <button type="submit" className="button button-primary">
              搜索
            </button>
            {q !== '' && (
              <button type="button" className="button" onClick={() => update({ q: '', page: 1 })}>
                清除
              </button>
            )}
          </form>
          <div className="field field-inline">
            <label htmlFor="report-year">年度</label>
            <select
              id="report-year"
              value={year === undefined ? '' : String(year)}
              onChange={(event) => update({ year: parseYear(event.target.value), page: 1 })}
            >
              <option value="">全部年度</option>
              {(year !== undefined && !years.includes(year) ? [year, ...years] : years).map((y) => (
                <option key={y} value={y}>
                  {y} 年
                </option>
              ))}
            </select>
          </div>
        </search>
      </header>

      {query.isPending ? (
        <Skeleton variant="table" count={8} label="正在加载报告…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.total === 0 && q === '' && year === undefined ? (
        <NoReports />
      ) : query.data.reports.length === 0 ? (
        <EmptyState>
          <p className="state-title">没有符合条件的报告</p>
          <p>
            {q !== ''
              ? `没有找到与“${q}”相关的报告，请换个关键词。`
              : year !== undefined
                ? `还没有 ${year} 年度的报告。`
                : '这一页没有报告。'}
          </p>
        </EmptyState>
      ) : (
        <div className={query.isPlaceholderData ? 'is-stale' : undefined} aria-busy={query.isFetching}>
          <ReportsTable reports={query.data.reports} />
          <Pagination
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            onPage={(next) => update({ page: next })}
          />
        </div>
      )}
    </section>
  );
}
