import { fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RankingRow, RankingSortKey } from '../lib/ranking-sort.ts';
import { RankingTable } from './ranking-table.tsx';

function rows(n: number): RankingRow[] {
  return Array.from({ length: n }, (_, i) => ({
    rank: i + 1,
    agencyId: i + 1,
    agencyName: `第${i + 1}局`,
    regionName: '嵩县',
    reportId: 100 + i,
    value: n - i,
    previousValue: i === 0 ? null : n - i + 1,
    previousRank: i === 0 ? null : i === 1 ? 5 : i + 1,
    change: i === 0 ? null : -1,
    flagged: i === 2,
  }));
}

function renderTable(
  data: RankingRow[],
  onSort: (key: RankingSortKey) => void = () => {},
  paging: { total?: number; onNearEnd?: () => void } = {},
) {
  const scale = Math.max(0, ...data.map((r) => Math.abs(r.value ?? 0)));
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <RankingTable
            rows={data}
            total={paging.total}
            valueScale={scale}
            unit="件"
            sort="rank"
            direction="asc"
            onSort={onSort}
            onNearEnd={paging.onNearEnd}
          />
        ),
      },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
}

// happy-dom has no layout: give the scroll box the size a browser would, the rest stays 0.
const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('ranking-scroll') ? 600 : 0;
    },
  });
});
afterAll(() => {
  if (original !== undefined) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original);
});

describe('RankingTable', () => {
  it('draws only the rows in view of a 3,000-row ranking', async () => {
    renderTable(rows(3000));
    const drawn = await screen.findAllByTestId('ranking-row');
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(60);
    expect(screen.getByTestId('ranking-table').getAttribute('data-rows')).toBe('3000');
  });

  it('is as tall as the whole ranking, draws rows not loaded yet as placeholders and asks for more', async () => {
    let asked = 0;
    renderTable(rows(20), undefined, { total: 3000, onNearEnd: () => asked++ });
    const drawn = await screen.findAllByTestId('ranking-row');
    expect(drawn.length).toBe(20);
    const placeholders = screen.getAllByTestId('ranking-placeholder');
    expect(placeholders.length).toBeGreaterThan(0);
    expect(drawn.length + placeholders.length).toBeLessThan(60);
    expect(placeholders[0]?.textContent).toContain('正在加载');
    const table = screen.getByTestId('ranking-table');
    expect(table.getAttribute('data-rows')).toBe('3000');
    expect(table.getAttribute('data-loaded')).toBe('20');
    // The rows below the view are a spacer as tall as the rest of the 3,000 rows.
    const spacer = table.querySelector<HTMLElement>('tr.spacer');
    expect(Number.parseInt(spacer?.style.height ?? '0', 10)).toBeGreaterThan(2900 * 40);
    expect(asked).toBeGreaterThan(0);
  });

  it('asks for nothing more while the loaded end is far below the view, or when all rows are in', async () => {
    let asked = 0;
    renderTable(rows(200), undefined, { total: 3000, onNearEnd: () => asked++ });
    await screen.findAllByTestId('ranking-row');
    expect(asked).toBe(0);
    expect(screen.queryAllByTestId('ranking-placeholder')).toEqual([]);
  });

  it('shows value with unit, change, rank move, quality flag and a bar per row', async () => {
    renderTable(rows(4));
    const [first, second, third] = await screen.findAllByTestId('ranking-row');
    const cells = (row: HTMLElement | undefined) =>
      row === undefined
        ? []
        : within(row)
            .getAllByRole('cell')
            .map((c) => c.textContent);
    expect(cells(first)).toEqual(['1', '第1局', '4 件', '—', '—', '新上榜', '']);
    expect(cells(second)).toEqual(['2', '第2局', '3 件', '4 件', '-1', '↑ 3名，上升', '']);
    expect(cells(third)?.[6]).toContain('存疑');
    const bar = first?.querySelector<HTMLElement>('.cell-bar > span');
    expect(bar?.style.width).toBe('100%');
    expect(second?.querySelector<HTMLElement>('.cell-bar > span')?.style.width).toBe('75%');
    expect(
      within(first as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('/reports/100');
  });

  it('marks the sorted column and reports header clicks', async () => {
    const sorted: RankingSortKey[] = [];
    renderTable(rows(3), (key) => sorted.push(key));
    const rankHeader = await screen.findByRole('columnheader', { name: '名次' });
    expect(rankHeader.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: /^数值（件）/ }));
    fireEvent.click(screen.getByRole('button', { name: /^变化/ }));
    expect(sorted).toEqual(['value', 'change']);
  });
});
