import type { ComparisonDto, RegionTreeDto, SeriesResultDto } from '@nianbao/schema';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { KPI_METRICS } from '../lib/kpi-metrics.ts';
import { compareQueries } from '../queries/compare-queries.ts';
import { regionQueries } from '../queries/region-queries.ts';
import { seriesQueries } from '../queries/series-queries.ts';
import { OverviewPage } from './overview-page.tsx';

const tree: RegionTreeDto = {
  regions: [
    {
      id: 1,
      code: '410000',
      name: '河南省',
      level: 'province',
      agencyCount: 0,
      reportCount: 0,
      totalReportCount: 6,
      children: [
        {
          id: 2,
          code: '410300',
          name: '洛阳市',
          level: 'city',
          agencyCount: 3,
          reportCount: 6,
          totalReportCount: 6,
          children: [],
        },
      ],
    },
  ],
  unplaced: { agencyCount: 0, reportCount: 0 },
};

function line(metric: string, points: [number, number | null][]): SeriesResultDto {
  return {
    metric,
    aggregation: 'sum',
    changedBetweenEditions: false,
    series: [],
    regions: [
      {
        regionId: 2,
        regionCode: '410300',
        regionName: '洛阳市',
        points: points.map(([year, value]) => ({
          year,
          value,
          reportCount: 3,
          flaggedCount: 0,
          template: '2021' as const,
        })),
      },
    ],
    editionBreaks: [],
  };
}

/** A client holding exactly the answers the page asks for; anything else fails loudly. */
function seededClient() {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        retry: false,
        staleTime: Number.POSITIVE_INFINITY,
        queryFn: ({ queryKey }) => {
          throw new Error(`unexpected request ${JSON.stringify(queryKey)}`);
        },
      },
    },
  });
  client.setQueryData(regionQueries.tree().queryKey, tree);
  for (const kpi of KPI_METRICS) {
    const values: [number, number | null][] =
      kpi.code === 'd.applications.received'
        ? [
            [2022, 40],
            [2023, 50],
          ]
        : kpi.code === 'd.review.correction_rate'
          ? [
              [2022, 10],
              [2023, null],
            ]
          : [
              [2022, 1],
              [2023, 2],
            ];
    const query = seriesQueries.series({
      metric: kpi.code,
      agencies: [],
      regions: ['410300'],
      regionIds: [],
    });
    client.setQueryData(query.queryKey, line(kpi.code, values));
  }
  for (const year of [2022, 2023]) {
    const counts: ComparisonDto = {
      groupBy: 'agency',
      year,
      metrics: ['d.applications.received'],
      rows: [1, 2, 3].map((id) => ({
        agencyId: id,
        agencyName: `机构${id}`,
        regionName: '洛阳市',
        reportId: id * 10 + year,
        flagged: id === 3 && year === 2023,
        values: { 'd.applications.received': 1 },
      })),
    };
    const query = compareQueries.compare({
      metrics: ['d.applications.received'],
      year,
      region: '410300',
      regionId: undefined,
      kind: undefined,
      groupBy: 'agency',
    });
    client.setQueryData(query.queryKey, counts);
  }
  return client;
}

function renderAt(path: string) {
  const router = createMemoryRouter([{ path: '/', Component: OverviewPage }], { initialEntries: [path] });
  render(
    <QueryClientProvider client={seededClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe('OverviewPage', () => {
  it('opens on the region holding the reports and its latest year', async () => {
    renderAt('/');
    const card = await screen.findByText('新收政府信息公开申请');
    const kpi = card.closest('[data-testid=kpi-card]') as HTMLElement;
    expect(within(kpi).getByTestId('kpi-value').textContent).toMatch(/^50 件/);
    // One of the year's reports has error findings: the figure carries the marker.
    expect(within(kpi).getByTestId('quality-flag')).toBeTruthy();
    expect(within(kpi).getByTestId('kpi-delta').textContent).toBe('↑ 较上年 +10 件（+25%）');
    expect(screen.getByText('河南省 · 洛阳市 · 2023 年度')).toBeTruthy();
    expect(screen.getByTestId('report-total').textContent).toBe('3');
    expect(screen.getByTestId('flagged-total').textContent).toBe('1');
    const rate = document.querySelector('[data-code="d.review.correction_rate"] [data-testid=kpi-value]');
    expect(rate?.textContent).toContain('—');
    expect(screen.getAllByTestId('kpi-card')).toHaveLength(8);
  });

  it('says so when no report could be placed in a region', async () => {
    const client = new QueryClient({
      defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
    });
    client.setQueryData(regionQueries.tree().queryKey, {
      regions: [],
      unplaced: { agencyCount: 2, reportCount: 5 },
    });
    const router = createMemoryRouter([{ path: '/', Component: OverviewPage }]);
    render(
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    expect(await screen.findByText('已导入的报告都没有识别出所属地区')).toBeTruthy();
    expect(screen.queryByTestId('skeleton')).toBeNull();
  });

  it('points an empty store to 导入', async () => {
    const client = new QueryClient({
      defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
    });
    client.setQueryData(regionQueries.tree().queryKey, {
      regions: [],
      unplaced: { agencyCount: 0, reportCount: 0 },
    });
    const router = createMemoryRouter([{ path: '/', Component: OverviewPage }]);
    render(
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    expect(await screen.findByText('还没有导入任何年报')).toBeTruthy();
    expect(screen.getByRole('link', { name: '导入' }).getAttribute('href')).toBe('/import');
    expect(screen.queryByTestId('kpi-card')).toBeNull();
  });

  it('writes a year change into the URL', async () => {
    const router = renderAt('/');
    fireEvent.change(await screen.findByLabelText('年度'), { target: { value: '2022' } });
    await screen.findByText('河南省 · 洛阳市 · 2022 年度');
    expect(router.state.location.search).toBe('?year=2022');
    expect(screen.getByTestId('flagged-total').textContent).toBe('0');
  });
});
