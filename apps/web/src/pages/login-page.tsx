import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { sessionClient } from '../lib/session-api.ts';
import { useSession } from '../lib/session-queries.ts';
import { formatInstant, ROLE_LABELS, safeNext, sessionErrorText } from '../lib/session-text.ts';

/**
 * 登录: the editor pastes a token once; the server answers with an HttpOnly session cookie bound to
 * that token, so the page never keeps the token and edits work until the session ends.
 */
export function LoginPage() {
  const session = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const next = safeNext(params.get('next'));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (token.trim() === '') return setError('请粘贴令牌。');
    setBusy(true);
    setError(undefined);
    try {
      await sessionClient.login(token);
      setToken('');
      // Queries made without the session (closed reads) are fetched again with it.
      await queryClient.invalidateQueries();
      await navigate(next);
    } catch (cause) {
      setError(sessionErrorText(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page login-page" data-testid="login-page">
      <header className="page-header">
        <h1>登录</h1>
        <p className="subtitle">
          粘贴管理员用 nianbao token create 生成的令牌。登录后，本浏览器可以导入和更正，无需每次粘贴。
        </p>
      </header>
      {session?.authenticated === true && (
        <p className="notice" role="status">
          已登录为 {session.token.name}（{ROLE_LABELS[session.token.role]}），登录有效至{' '}
          {formatInstant(session.expiresAt)}（UTC）。<Link to={next}>继续</Link>
        </p>
      )}
      <form className="panel login-form" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field-label" htmlFor={inputId}>
            令牌
          </label>
          <input
            id={inputId}
            name="token"
            type="password"
            value={token}
            autoComplete="off"
            spellCheck={false}
            placeholder="nb_…"
            onChange={(event) => setToken(event.target.value)}
          />
        </div>
        {error !== undefined && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? '正在登录…' : '登录'}
          </button>
        </div>
        <p className="hint">
          令牌只发送一次：服务器记下会话，浏览器只保存一个脚本无法读取的 Cookie（HttpOnly、SameSite=Strict）。
          令牌被吊销或过期时，会话随之失效。
        </p>
      </form>
    </section>
  );
}
