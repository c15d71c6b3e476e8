import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { sessionClient } from '../lib/session-api.ts';
import { useSession } from '../lib/session-queries.ts';
import { ROLE_LABELS } from '../lib/session-text.ts';

/**
 * The header's login state: 登录 while logged out; the token's name and role, 令牌管理 for admins
 * and 退出 while logged in.
 */
export function SessionMenu() {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);

  if (session?.authenticated !== true) {
    const here = `${location.pathname}${location.search}`;
    const next = location.pathname === '/login' ? '' : `?next=${encodeURIComponent(here)}`;
    return (
      <div className="session-menu" data-testid="session-menu">
        <Link to={`/login${next}`} className="button">
          登录
        </Link>
      </div>
    );
  }

  const logout = async () => {
    setBusy(true);
    try {
      await sessionClient.logout();
    } finally {
      setBusy(false);
      // Everything fetched with the session may be off-limits now (closed reads, token lists).
      await queryClient.invalidateQueries();
      if (location.pathname === '/tokens') await navigate('/login');
    }
  };

  const { name, role } = session.token;
  return (
    <div className="session-menu" data-testid="session-menu">
      <span className="session-who" title={`令牌 ${session.token.id}`}>
        {name}
        <span className="muted">（{ROLE_LABELS[role]}）</span>
      </span>
      {role === 'admin' && (
        <Link to="/tokens" className="button">
          令牌管理
        </Link>
      )}
      <button type="button" className="button" onClick={() => void logout()} disabled={busy}>
        退出
      </button>
    </div>
  );
}
