import type { LedgerRankingDto, LedgerRankingRowDto, LedgerSeriesDto, RegionTreeDto } from '@nianbao/schema';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const TREE: RegionTreeDto = {
  regions: [
    {
      id: 1,
      code: '410300',
      name: '洛阳市',
      level: 'city',
      agencyCount: 3,
      reportCount: 3,
      totalReportCount: 3,
      children: [],
    },
  ],
  unplaced: { agencyCount: 0, reportCount: 0 },
};

function row(
  agencyId: number,
  agencyName: string,
  submitted: number,
  adopted: number,
  ranks: LedgerRankingRowDto['ranks'],
): LedgerRankingRowDto {
  return {
    agencyId,
    agencyName,
    regionName: '洛阳市',
    kind: 'department',
    submitted,
    adopted,
    rate: submitted > 0 ? Math.round((adopted / submitted) * 10000) / 100 : null,
    ranks,
    adoptedByLevel: null,
    months: 1,
    demo: true,
  };
}

/** What the server answers for a scope: the month ranks differ from the year to date. */
function ranking(scope: 'month' | 'ytd'): LedgerRankingDto {
  const rows =
    scope === 'month'
      ? [
          row(1, '洛阳市教育局', 10, 8, { submitted: 2, adopted: 1, rate: 1 }),
          row(2, '洛阳市公安局', 20, 5, { submitted: 1, adopted: 2, rate: 2 }),
          row(3, '洛阳市档案馆', 0, 0, { submitted: 3, adopted: 3, rate: null }),
        ]
      : [
          row(1, '洛阳市教育局', 30, 9, { submitted: 2, adopted: 2, rate: 2 }),
          row(2, '洛阳市公安局', 60, 30, { submitted: 1, adopted: 1, rate: 1 }),
        ];
  const submitted = rows.reduce((a, r) => a + r.submitted, 0);
  const adopted = rows.reduce((a, r) => a + r.adopted, 0);
  return {
    year: 2024,
    month: 3,
    scope,
    by: 'adopted',
    order: 'desc',
    fromMonth: scope === 'ytd' ? 1 : 3,
    toMonth: 3,
    availableYears: [2024],
    availableMonths: [1, 2, 3],
    sources: ['demo'],
    totals: { submitted, adopted, rate: Math.round((adopted / submitted) * 10000) / 100 },
    rows,
  };
}

const SERIES: LedgerSeriesDto = {
  agency: { id: 2, name: '洛阳市公安局', regionName: '洛阳市', kind: 'department' },
  year: 2024,
  availableYears: [2024],
  sources: ['demo'],
  points: Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    submitted: i < 3 ? 20 : null,
    adopted: i < 3 ? 10 : null,
    rate: i < 3 ? 50 : null,
    ytdSubmitted: 20 * Math.min(i + 1, 3),
    ytdAdopted: 10 * Math.min(i + 1, 3),
    ytdRate: 50,
    adoptedByLevel: null,
  })),
};

const requests: URL[] = [];

function answer(url: URL): unknown {
  if (url.pathname === '/api/regions') return TREE;
  if (url.pathname === '/api/series')
    return {
      metric: 'x',
      aggregation: 'sum',
      changedBetweenEditions: false,
      series: [],
      regions: [],
      editionBreaks: [],
    };
  if (url.pathname === '/api/ledger/rankings')
    return ranking(url.searchParams.get('scope') === 'ytd' ? 'ytd' : 'month');
  if (url.pathname === '/api/ledger/series') return SERIES;
  return { error: { code: 'not_found', message: url.pathname } };
}

beforeAll(() => {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://nianbao.test');
    requests.push(url);
    const body = answer(url);
    const status = typeof body === 'object' && body !== null && 'error' in body ? 404 : 200;
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
});
afterAll(() => {
  vi.unstubAllGlobals();
});

async function renderAt(path: string) {
  const { routes } = await import('../router.tsx');
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

const tableNames = () =>
  within(screen.getByTestId('ledger-table'))
    .getAllByRole('row')
    .slice(1)
    .map((tr) =>
      within(tr)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    );

describe('信息报送排名', () => {
  it('ranks units for the month with 条 and %, marks demo data, and sorts by a clicked column', async () => {
    await renderAt('/rankings/ledger');
    // The page is a lazy route: the first render waits for its module as well as the data.
    expect(await screen.findByRole('heading', { name: /信息报送排名/ }, { timeout: 10_000 })).toBeTruthy();
    await screen.findByTestId('ledger-table', {}, { timeout: 10_000 });
    expect(screen.getAllByText('演示数据').length).toBeGreaterThan(0);
    expect(screen.getByTestId('ledger-summary').textContent).toContain('合计报送 30 条，采用 13 条');
    expect(tableNames()).toEqual([
      ['1', '洛阳市教育局', '10', '8', '80%', '洛阳市'],
      ['2', '洛阳市公安局', '20', '5', '25%', '洛阳市'],
      ['3', '洛阳市档案馆', '0', '0', '—', '洛阳市'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: /报送（条）/ }));
    await waitFor(() => expect(tableNames()[0]?.[1]).toBe('洛阳市公安局'), { timeout: 5000 });
    expect(tableNames().map((r) => r[0])).toEqual(['1', '2', '3']);
  });

  it('switches to the year to date and shows a unit’s monthly trend on click', async () => {
    const router = await renderAt('/rankings/ledger');
    await screen.findByTestId('ledger-table', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('radio', { name: '年累计' }));
    await waitFor(() => expect(tableNames()[0]?.[1]).toBe('洛阳市公安局'), { timeout: 5000 });
    expect(
      requests.some((u) => u.pathname === '/api/ledger/rankings' && u.searchParams.get('scope') === 'ytd'),
    ).toBe(true);
    expect(screen.getByText(/2024年1—3月（年累计）/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '洛阳市公安局' }));
    const trend = await screen.findByTestId('ledger-trend', {}, { timeout: 5000 });
    expect(trend.textContent).toContain('洛阳市公安局');
    expect(trend.textContent).toContain('年累计报送与采用');
    expect(router.state.location.search).toContain('unit=2');
    expect(
      requests.some((u) => u.pathname === '/api/ledger/series' && u.searchParams.get('agency') === '2'),
    ).toBe(true);
  });
});
