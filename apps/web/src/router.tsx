import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppShell } from './app-shell.tsx';
import { Loading } from './components/query-state.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { OverviewPage } from './pages/overview-page.tsx';
import { PlaceholderPage } from './pages/placeholder-page.tsx';
import { RouteError } from './route-error.tsx';

// Pages beyond the overview are lazy routes: recharts and the tables load with the page that needs
// them, and navigation waits for the chunk instead of flashing an empty page.
const pages: RouteObject[] = [
  { index: true, Component: OverviewPage },
  {
    path: 'trends',
    lazy: async () => ({ Component: (await import('./pages/trends-page.tsx')).TrendsPage }),
  },
  {
    path: 'reports',
    lazy: async () => ({ Component: (await import('./pages/reports-page.tsx')).ReportsPage }),
  },
  {
    path: 'reports/:id',
    lazy: async () => ({ Component: (await import('./pages/report-detail-page.tsx')).ReportDetailPage }),
  },
  {
    path: 'compare',
    element: <PlaceholderPage title="对比" description="同一年度多个机构之间的指标对比。" />,
  },
  {
    path: 'rankings',
    element: <PlaceholderPage title="排名" description="按指标对机构排名，支持数千行的大表。" />,
  },
  {
    path: 'review',
    element: (
      <PlaceholderPage title="复议诉讼" description="政府信息公开行政复议、行政诉讼的案件数与纠错率。" />
    ),
  },
  {
    path: 'import',
    element: <PlaceholderPage title="导入" description="在浏览器中上传年度报告文件并查看导入结果。" />,
  },
  { path: '*', Component: NotFoundPage },
];

/** The dashboard's routes; errors inside a page keep the header and navigation. */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: AppShell,
    ErrorBoundary: RouteError,
    HydrateFallback: () => <Loading />,
    children: [{ ErrorBoundary: RouteError, children: pages }],
  },
];

/** Creates the browser router (a function so tests can build a memory router from `routes`). */
export function createAppRouter() {
  return createBrowserRouter(routes);
}
