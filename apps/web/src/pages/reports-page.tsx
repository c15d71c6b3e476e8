import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Pagination } from '../components/pagination.tsx';
import { EmptyState, ErrorState, Loading, NoReports } from '../components/query-state.tsx';
import { ReportsTable } from '../components/reports-table.tsx';
import { reportQueries } from '../queries/report-queries.ts';

const PAGE_SIZE = 50;

function parsePage(raw: string | null): number {
  const page = Number(raw);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

/** 报告: searchable, paged list of imported reports; search and page live in the URL. */
export function ReportsPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = parsePage(params.get('page'));
  const query = useQuery(reportQueries.list({ q, page, pageSize: PAGE_SIZE }));

  const update = (next: { q?: string; page?: number }) => {
    const out = new URLSearchParams();
    const nextQ = (next.q ?? q).trim();
    const nextPage = next.page ?? page;
    if (nextQ !== '') out.set('q', nextQ);
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
        </search>
      </header>

      {query.isPending ? (
        <Loading label="正在加载报告…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.total === 0 && q === '' ? (
        <NoReports />
      ) : query.data.reports.length === 0 ? (
        <EmptyState>
          <p className="state-title">没有符合条件的报告</p>
          <p>{q !== '' ? `没有找到与“${q}”相关的报告，请换个关键词。` : '这一页没有报告。'}</p>
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
