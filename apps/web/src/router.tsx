import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppShell } from './app-shell.tsx';
import { Loading } from './components/query-state.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { OverviewPage } from './pages/overview-page.tsx';
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
    lazy: async () => ({ Component: (await import('./pages/compare-page.tsx')).ComparePage }),
  },
  {
    path: 'rankings',
    lazy: async () => ({ Component: (await import('./pages/rankings-page.tsx')).RankingsPage }),
  },
  {
    path: 'rankings/ledger',
    lazy: async () => ({ Component: (await import('./pages/ledger-page.tsx')).LedgerPage }),
  },
  {
    path: 'review',
    lazy: async () => ({ Component: (await import('./pages/review-page.tsx')).ReviewPage }),
  },
  {
    path: 'briefing',
    lazy: async () => ({ Component: (await import('./briefing/briefing-page.tsx')).BriefingPage }),
  },
  {
    path: 'import',
    lazy: async () => ({ Component: (await import('./pages/import-page.tsx')).ImportPage }),
  },
  {
    path: 'login',
    lazy: async () => ({ Component: (await import('./pages/login-page.tsx')).LoginPage }),
  },
  {
    path: 'tokens',
    lazy: async () => ({ Component: (await import('./pages/tokens-page.tsx')).TokensPage }),
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
