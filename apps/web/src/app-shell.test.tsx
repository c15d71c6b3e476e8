import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from './router.tsx';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  // No retries and no network: these tests only look at the shell and static pages.
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe('app shell', () => {
  it('shows the product name and every section in the navigation', async () => {
    renderAt('/compare');
    // A cold first render loads lazy modules; on a loaded CI machine that can take more than 1 s.
    expect(await screen.findByText('年报', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('政府信息公开年报分析')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['总览', '/'],
      ['趋势', '/trends'],
      ['对比', '/compare'],
      ['排名', '/rankings'],
      ['复议诉讼', '/review'],
      ['报告', '/reports'],
      ['导入', '/import'],
    ]);
  });

  it('marks the active section', async () => {
    renderAt('/rankings');
    const nav = await screen.findByRole('navigation', { name: '主导航' }, { timeout: 10_000 });
    expect(within(nav).getByRole('link', { name: '排名' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: '总览' }).getAttribute('aria-current')).toBeNull();
  });

  it('says so for an unknown address', async () => {
    renderAt('/nowhere');
    expect(await screen.findByText('找不到这个页面', {}, { timeout: 10_000 })).toBeTruthy();
  });
});
