import type { SessionDto } from '@nianbao/api';
import type { TokenDto } from '@nianbao/schema';
import { ApiRequestError } from '../api/client.ts';

/** A token as POST /api/tokens returns it: the only time its secret is shown. */
export type CreatedTokenDto = TokenDto & { token: string };

/** What an admin fills in to create a token. */
export interface NewToken {
  name: string;
  role: TokenDto['role'];
  /** Absent: the token never expires. */
  expiresInDays?: number | undefined;
}

/** Login, logout, "who am I" and the admins' token management. */
export interface SessionClient {
  current(signal?: AbortSignal): Promise<SessionDto>;
  login(token: string): Promise<SessionDto>;
  logout(): Promise<SessionDto>;
  tokens(signal?: AbortSignal): Promise<TokenDto[]>;
  createToken(input: NewToken): Promise<CreatedTokenDto>;
  revokeToken(id: number): Promise<void>;
}

function isErrorBody(body: unknown): body is { error: { code: string; message: string } } {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

/**
 * A client over plain fetch. Requests go to the same origin and carry the session cookie (the
 * browser attaches it; scripts cannot read it); none of them ever sends a pasted token.
 */
export function createSessionClient(options: { baseUrl?: string; fetch?: typeof fetch } = {}): SessionClient {
  const base = `${(options.baseUrl ?? '').replace(/\/+$/, '')}/api`;
  const send = options.fetch ?? ((input, init) => fetch(input, init));

  async function call<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    let response: Response;
    try {
      response = await send(`${base}${path}`, {
        method,
        credentials: 'same-origin',
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: signal ?? null,
      });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      throw new ApiRequestError('无法连接到服务器，请确认 API 服务已启动。', 0, 'network');
    }
    let parsed: unknown;
    try {
      parsed = await response.json();
    } catch {
      throw new ApiRequestError(
        `服务器返回了无法解析的内容（HTTP ${response.status}）。`,
        response.status,
        'bad_response',
      );
    }
    if (!response.ok) {
      if (isErrorBody(parsed))
        throw new ApiRequestError(parsed.error.message, response.status, parsed.error.code);
      throw new ApiRequestError(`请求失败（HTTP ${response.status}）。`, response.status, 'http_error');
    }
    return parsed as T;
  }

  return {
    current: (signal) => call<SessionDto>('GET', '/session', undefined, signal),
    login: (token) => call<SessionDto>('POST', '/session', { token: token.trim() }),
    logout: () => call<SessionDto>('DELETE', '/session'),
    tokens: async (signal) =>
      (await call<{ tokens: TokenDto[] }>('GET', '/tokens', undefined, signal)).tokens,
    createToken: (input) => call<CreatedTokenDto>('POST', '/tokens', input),
    revokeToken: async (id) => {
      await call<unknown>('DELETE', `/tokens/${id}`);
    },
  };
}

/** The dashboard's session client (same origin). */
export const sessionClient: SessionClient = createSessionClient();
