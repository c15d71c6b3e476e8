import type { SessionDto } from '@nianbao/api';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SessionMenu } from './session-menu.tsx';

function renderWith(session: SessionDto, path = '/reports?page=2') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } });
  client.setQueryData(['session'], session);
  const router = createMemoryRouter([{ path: '*', Component: SessionMenu }], { initialEntries: [path] });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

const signedIn = (role: 'reader' | 'editor' | 'admin'): SessionDto => ({
  authenticated: true,
  via: 'session',
  token: { id: 4, name: '县政务公开办', role, expiresAt: null },
  expiresAt: '2030-01-01T08:00:00.000Z',
});

describe('SessionMenu', () => {
  it('offers 登录 that comes back to the current page', () => {
    renderWith({ authenticated: false });
    expect(screen.getByRole('link', { name: '登录' }).getAttribute('href')).toBe(
      `/login?next=${encodeURIComponent('/reports?page=2')}`,
    );
  });

  it('names the editor and offers 退出, and 令牌管理 only to admins', () => {
    renderWith(signedIn('editor'));
    expect(screen.getByTestId('session-menu').textContent).toContain('县政务公开办（编辑）');
    expect(screen.getByRole('button', { name: '退出' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: '令牌管理' })).toBeNull();
  });

  it('links admins to token management', () => {
    renderWith(signedIn('admin'));
    expect(screen.getByRole('link', { name: '令牌管理' }).getAttribute('href')).toBe('/tokens');
  });
});
