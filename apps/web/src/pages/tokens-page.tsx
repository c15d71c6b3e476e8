import type { TokenDto } from '@nianbao/schema';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { EmptyState, Loading } from '../components/query-state.tsx';
import { type CreatedTokenDto, sessionClient } from '../lib/session-api.ts';
import { sessionQueries, useSession } from '../lib/session-queries.ts';
import {
  formatInstant,
  ROLE_LABELS,
  STATE_LABELS,
  sessionErrorText,
  tokenState,
} from '../lib/session-text.ts';

const LIFETIMES = [
  { days: undefined, label: '永久有效' },
  { days: 7, label: '7 天' },
  { days: 30, label: '30 天' },
  { days: 90, label: '90 天' },
  { days: 365, label: '1 年' },
] as const;

/** 令牌管理: admins list, create and revoke API tokens; a new token is shown exactly once. */
export function TokensPage() {
  const session = useSession();
  const isAdmin = session?.authenticated === true && session.token.role === 'admin';
  return (
    <section className="page tokens-page" data-testid="tokens-page">
      <header className="page-header">
        <h1>令牌管理</h1>
        <p className="subtitle">为编辑人员创建令牌、设定有效期，并在不再需要时吊销。</p>
      </header>
      {session === undefined ? (
        <Loading />
      ) : isAdmin ? (
        <TokenAdmin />
      ) : (
        <EmptyState>
          <p className="state-title">只有管理员可以管理令牌</p>
          <p>
            请用管理员令牌<Link to="/login?next=%2Ftokens">登录</Link>。
          </p>
        </EmptyState>
      )}
    </section>
  );
}

function TokenAdmin() {
  const tokens = useQuery(sessionQueries.tokens());
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<CreatedTokenDto | undefined>(undefined);
  const refresh = () => queryClient.invalidateQueries({ queryKey: sessionQueries.tokens().queryKey });
  const revoke = useMutation({
    mutationFn: (id: number) => sessionClient.revokeToken(id),
    onSettled: refresh,
  });

  return (
    <>
      <CreateToken
        onCreated={(token) => {
          setCreated(token);
          void refresh();
        }}
      />
      {created !== undefined && (
        <div className="notice new-token" role="status" data-testid="new-token">
          <p className="state-title">
            已创建令牌“{created.name}”（{ROLE_LABELS[created.role]}
            ）。它只显示这一次，请立即复制并交给使用者：
          </p>
          <code className="hash">{created.token}</code>
          <p>
            <button type="button" className="button" onClick={() => setCreated(undefined)}>
              我已保存
            </button>
          </p>
        </div>
      )}
      {revoke.isError && (
        <p className="form-error" role="alert">
          {sessionErrorText(revoke.error)}
        </p>
      )}
      {tokens.isPending ? (
        <Loading />
      ) : tokens.isError ? (
        <p className="form-error" role="alert">
          {sessionErrorText(tokens.error)}
        </p>
      ) : (
        <TokenTable tokens={tokens.data} onRevoke={(id) => revoke.mutate(id)} busy={revoke.isPending} />
      )}
    </>
  );
}

function TokenTable({
  tokens,
  onRevoke,
  busy,
}: {
  tokens: TokenDto[];
  onRevoke: (id: number) => void;
  busy: boolean;
}) {
  const now = Date.now();
  if (tokens.length === 0) return <EmptyState>还没有令牌。</EmptyState>;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="token-table">
        <thead>
          <tr>
            <th>编号</th>
            <th>名称</th>
            <th>角色</th>
            <th>创建时间（UTC）</th>
            <th>到期（UTC）</th>
            <th>状态</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => {
            const state = tokenState(token, now);
            return (
              <tr key={token.id}>
                <td className="cell-number">{token.id}</td>
                <td>{token.name}</td>
                <td>{ROLE_LABELS[token.role]}</td>
                <td className="nowrap">{formatInstant(token.createdAt)}</td>
                <td className="nowrap">{formatInstant(token.expiresAt)}</td>
                <td>{STATE_LABELS[state]}</td>
                <td>
                  {state !== 'revoked' && (
                    <button
                      type="button"
                      className="button button-danger"
                      disabled={busy}
                      onClick={() => {
                        if (window.confirm(`吊销令牌“${token.name}”？使用它的人将立即无法编辑。`))
                          onRevoke(token.id);
                      }}
                    >
                      吊销
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function CreateToken({ onCreated }: { onCreated: (token: CreatedTokenDto) => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<TokenDto['role']>('editor');
  const [lifetime, setLifetime] = useState(2);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const nameId = useId();
  const roleId = useId();
  const lifetimeId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (name.trim() === '') return setError('请填写令牌名称（审计日志中显示的操作人）。');
    setBusy(true);
    setError(undefined);
    try {
      const token = await sessionClient.createToken({
        name: name.trim(),
        role,
        expiresInDays: LIFETIMES[lifetime]?.days,
      });
      setName('');
      onCreated(token);
    } catch (cause) {
      setError(sessionErrorText(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel filters" onSubmit={submit} noValidate data-testid="create-token">
      <div className="field field-grow">
        <label className="field-label" htmlFor={nameId}>
          名称
        </label>
        <input
          id={nameId}
          value={name}
          maxLength={100}
          placeholder="如：县政务公开办 张三"
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={roleId}>
          角色
        </label>
        <select
          id={roleId}
          value={role}
          onChange={(event) => setRole(event.target.value as TokenDto['role'])}
        >
          <option value="reader">只读</option>
          <option value="editor">编辑</option>
          <option value="admin">管理员</option>
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={lifetimeId}>
          有效期
        </label>
        <select
          id={lifetimeId}
          value={lifetime}
          onChange={(event) => setLifetime(Number(event.target.value))}
        >
          {LIFETIMES.map((option, index) => (
            <option key={option.label} value={index}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? '正在创建…' : '创建令牌'}
        </button>
      </div>
      {error !== undefined && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
