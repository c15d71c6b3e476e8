import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { kpiFigure } from '../lib/kpi.ts';
import { KpiCard } from './kpi-card.tsx';

function renderCard(props: Parameters<typeof KpiCard>[0]) {
  const router = createMemoryRouter([{ path: '/', element: <ul>{<KpiCard {...props} />}</ul> }]);
  render(<RouterProvider router={router} />);
}

describe('KpiCard', () => {
  it('shows the figure with its unit, the change from last year, a sparkline and a link to the trend', async () => {
    const figure = kpiFigure(
      [
        { year: 2021, value: 300 },
        { year: 2022, value: 312 },
        { year: 2023, value: 390 },
      ],
      2023,
      '件',
    );
    renderCard({
      code: 'd.applications.received',
      label: '新收政府信息公开申请',
      unit: '件',
      figure,
      href: '/trends?x=1',
    });
    expect((await screen.findByTestId('kpi-value')).textContent).toBe('390 件');
    expect(screen.getByTestId('kpi-delta').textContent).toBe('↑ 较上年 +78 件（+25%）');
    expect(screen.getByTestId('sparkline').getAttribute('data-points')).toBe('3');
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      '新收政府信息公开申请历年走势：2021年 300，2022年 312，2023年 390',
    );
    expect(screen.getByRole('link').getAttribute('href')).toBe('/trends?x=1');
    expect(screen.queryByTestId('quality-flag')).toBeNull();
  });

  it('reads — for a ratio without a denominator, and carries the quality marker', async () => {
    const figure = kpiFigure([{ year: 2023, value: null }], 2023, '%');
    renderCard({
      code: 'd.review.correction_rate',
      label: '行政复议纠错率',
      unit: '%',
      figure,
      flaggedCount: 2,
    });
    expect((await screen.findByTestId('kpi-value')).textContent).toContain('—');
    expect(screen.getByTestId('kpi-value').textContent).not.toContain('%');
    expect(screen.getByTestId('kpi-delta').textContent).toBe('较上年 —');
    expect(screen.getByTestId('quality-flag').getAttribute('title')).toBe(
      '其中 2 份报告存在错误核对结果，请谨慎使用',
    );
  });
});
