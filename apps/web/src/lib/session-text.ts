import type { TokenDto } from '@nianbao/schema';
import { ApiRequestError } from '../api/client.ts';

/** Roles as the dashboard names them. */
export const ROLE_LABELS: Readonly<Record<TokenDto['role'], string>> = {
  reader: '只读',
  editor: '编辑',
  admin: '管理员',
};

const MESSAGES: Readonly<Record<string, string>> = {
  invalid_token: '令牌无效、已过期或已被吊销，请向管理员索取新的令牌。',
  invalid_request: '请粘贴完整的令牌（以 nb_ 开头）。',
  rate_limited: '尝试次数过多，请稍等一分钟再试。',
  csrf_rejected: '请求不是从本站页面发出的，已被拒绝。请直接在本站登录。',
  session_invalid: '登录已过期，请重新登录。',
  unauthorized: '请先登录。',
  forbidden: '当前账号的权限不足，需要管理员令牌。',
  token_not_found: '这个令牌不存在或已被吊销。',
  invalid_token_name: '令牌名称需为 1–100 个字符。',
  payload_too_large: '提交的内容太长。',
  network: '无法连接到服务器，请确认服务已启动。',
};

/** A failed login or token request in plain Chinese. */
export function sessionErrorText(error: unknown): string {
  if (error instanceof ApiRequestError) return MESSAGES[error.code] ?? error.message;
  return '操作失败，请稍后重试。';
}

/** An ISO timestamp as `2026-01-31 08:00` (UTC, as stored), or 永久 for none. */
export function formatInstant(iso: string | null): string {
  if (iso === null) return '永久';
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** A token's state on a given date. */
export function tokenState(token: TokenDto, now: number): 'active' | 'expired' | 'revoked' {
  if (token.revokedAt !== null) return 'revoked';
  if (token.expiresAt !== null && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}

/** The state as the token table says it. */
export const STATE_LABELS = { active: '有效', expired: '已过期', revoked: '已吊销' } as const;

/**
 * Where to go after logging in: only a path of this site (`/reports/3?x=1`), never another origin
 * or a protocol-relative `//host` a crafted link could smuggle in.
 */
export function safeNext(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
