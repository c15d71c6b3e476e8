import { NavLink, Outlet, useNavigation } from 'react-router';
import { BriefingLink } from './briefing/briefing-link.tsx';
import { SessionMenu } from './components/session-menu.tsx';

/** Top navigation, in report-reading order. */
export const NAV_ITEMS = [
  { to: '/', label: '总览' },
  { to: '/trends', label: '趋势' },
  { to: '/compare', label: '对比' },
  { to: '/rankings', label: '排名' },
  { to: '/review', label: '复议诉讼' },
  { to: '/reports', label: '报告' },
  { to: '/import', label: '导入' },
] as const;

/** Header with product name and navigation (active link marked), and the current page. */
export function AppShell() {
  const navigation = useNavigation();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        跳到正文
      </a>
      <header className="app-header">
        <NavLink to="/" className="brand">
          <span className="brand-name">年报</span>
          <span className="brand-sep" aria-hidden="true">
            ·
          </span>
          <span className="brand-desc">政府信息公开年报分析</span>
        </NavLink>
        <nav className="main-nav" aria-label="主导航">
          <ul>
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <BriefingLink />
        <SessionMenu />
      </header>
      {navigation.state === 'loading' && (
        <div className="nav-progress" role="progressbar" aria-label="页面加载中" />
      )}
      <main id="main" className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
