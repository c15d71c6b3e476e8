import type { TokenDto } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/client.ts';
import { authorizationHeader, SESSION_CREDENTIAL } from './session-credential.ts';
import { formatInstant, safeNext, sessionErrorText, tokenState } from './session-text.ts';

const token = (over: Partial<TokenDto>): TokenDto => ({
  id: 1,
  name: '编辑',
  role: 'editor',
  createdAt: '2030-01-01T00:00:00.000Z',
  revokedAt: null,
  expiresAt: null,
  ...over,
});

describe('session text', () => {
  it('only ever follows a path of this site after login', () => {
    expect(safeNext('/reports/3?diff=1')).toBe('/reports/3?diff=1');
    for (const hostile of [
      '//evil.example/x',
      'https://evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      null,
    ]) {
      expect(safeNext(hostile)).toBe('/');
    }
  });

  it('names token states by revocation first, then expiry', () => {
    const now = Date.parse('2030-06-01T00:00:00.000Z');
    expect(tokenState(token({}), now)).toBe('active');
    expect(tokenState(token({ expiresAt: '2030-07-01T00:00:00.000Z' }), now)).toBe('active');
    expect(tokenState(token({ expiresAt: '2030-05-01T00:00:00.000Z' }), now)).toBe('expired');
    expect(
      tokenState(
        token({ expiresAt: '2030-05-01T00:00:00.000Z', revokedAt: '2030-04-01T00:00:00.000Z' }),
        now,
      ),
    ).toBe('revoked');
    expect(formatInstant('2030-01-31T08:05:09.000Z')).toBe('2030-01-31 08:05');
    expect(formatInstant(null)).toBe('永久');
  });

  it('explains refusals in Chinese and falls back to the server message', () => {
    expect(sessionErrorText(new ApiRequestError('x', 401, 'invalid_token'))).toContain('令牌无效');
    expect(sessionErrorText(new ApiRequestError('x', 429, 'rate_limited'))).toContain('尝试次数过多');
    expect(sessionErrorText(new ApiRequestError('Server words.', 400, 'something_new'))).toBe(
      'Server words.',
    );
  });

  it('sends the session as its cookie, never as a bearer token', () => {
    expect(authorizationHeader(SESSION_CREDENTIAL)).toEqual({});
    expect(authorizationHeader('')).toEqual({});
    expect(authorizationHeader('nb_abc')).toEqual({ Authorization: 'Bearer nb_abc' });
  });
});
