import { fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { reportSummary } from '../test-fixtures.ts';
import { ReportsTable } from './reports-table.tsx';

function DetailProbe() {
  return <p>打开了报告 {useParams().id}</p>;
}

function renderTable(reports: Parameters<typeof ReportsTable>[0]['reports']) {
  const router = createMemoryRouter(
    [
      { path: '/reports', element: <ReportsTable reports={reports} /> },
      { path: '/reports/:id', element: <DetailProbe /> },
    ],
    { initialEntries: ['/reports'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('ReportsTable', () => {
  const reports = [
    reportSummary({ id: 11, findingCounts: { error: 2, warning: 1, info: 4 } }),
    reportSummary({
      id: 12,
      agencyName: '嵩县教育局',
      regionName: null,
      year: null,
      template: 'unknown',
      fileName: '教育局2021年报.docx',
    }),
    reportSummary({ id: 13, agencyName: '洛阳市人民政府', template: '2021', year: 2022 }),
  ];

  it('renders one row per report with the columns in Chinese', () => {
    renderTable(reports);
    const table = screen.getByTestId('reports-table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['机构', '地区', '年度', '版式', '文件', '导入时间', '问题']);
    expect(within(table).getAllByRole('row')).toHaveLength(1 + reports.length);
  });

  it('prints edition, year, region and file, with placeholders for what is unknown', () => {
    renderTable(reports);
    const cells = (name: string) => {
      const row = screen.getByRole('link', { name }).closest('tr');
      if (row === null) throw new Error(`no row for ${name}`);
      return within(row)
        .getAllByRole('cell')
        .map((td) => td.textContent);
    };
    expect(cells('嵩县人民政府办公室').slice(0, 5)).toEqual([
      '嵩县人民政府办公室',
      '嵩县',
      '2020',
      '2019版',
      'songxian-2020-zfb.txt',
    ]);
    expect(cells('嵩县人民政府办公室')[5]).toBe('2024-03-01 08:30');
    expect(cells('嵩县教育局').slice(1, 5)).toEqual(['—', '—', '未识别', '教育局2021年报.docx']);
    expect(cells('洛阳市人民政府')[3]).toBe('2021版');
  });

  it('marks error and warning counts, and 无 for a clean report', () => {
    renderTable(reports);
    const first = screen.getByRole('link', { name: '嵩县人民政府办公室' }).closest('tr');
    if (first === null) throw new Error('no row');
    expect(within(first).getByText(/错误 2/).className).toContain('marker-error');
    expect(within(first).getByText(/警告 1/).className).toContain('marker-warning');
    const clean = screen.getByRole('link', { name: '嵩县教育局' }).closest('tr');
    if (clean === null) throw new Error('no row');
    expect(within(clean).getByText('无')).toBeTruthy();
  });

  it('opens the report when its row is clicked', async () => {
    const router = renderTable(reports);
    const row = screen.getByText('教育局2021年报.docx').closest('tr');
    if (row === null) throw new Error('no row');
    fireEvent.click(row);
    expect(await screen.findByText('打开了报告 12')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/reports/12');
  });
});
