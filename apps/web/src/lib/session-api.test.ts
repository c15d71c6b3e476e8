import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/client.ts';
import { createSessionClient } from './session-api.ts';

function recorder(answers: Response[]) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    const answer = answers.shift();
    if (answer === undefined) throw new Error('no answer left');
    return answer;
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('session client', () => {
  it('logs in with the token in the body, same-origin, and never in a header', async () => {
    const { calls, fetch } = recorder([json({ authenticated: false })]);
    const client = createSessionClient({ baseUrl: 'http://x', fetch });
    await client.login('  nb_secret  ');
    expect(calls[0]?.url).toBe('http://x/api/session');
    expect(calls[0]?.init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      body: JSON.stringify({ token: 'nb_secret' }),
      headers: { 'Content-Type': 'application/json' },
    });
  });

  it('turns error bodies into ApiRequestError with the server code', async () => {
    const { fetch } = recorder([json({ error: { code: 'rate_limited', message: 'Too many' } }, 429)]);
    const failed = createSessionClient({ fetch }).login('nb_x');
    await expect(failed).rejects.toBeInstanceOf(ApiRequestError);
    await expect(failed).rejects.toMatchObject({ status: 429, code: 'rate_limited' });
  });

  it('manages tokens: list, create with an expiry, revoke', async () => {
    const { calls, fetch } = recorder([
      json({ tokens: [{ id: 2 }] }),
      json({ id: 3, token: 'nb_new' }, 201),
      json({ id: 3, revoked: true }),
    ]);
    const client = createSessionClient({ fetch });
    expect(await client.tokens()).toEqual([{ id: 2 }]);
    expect(await client.createToken({ name: '张三', role: 'editor', expiresInDays: 30 })).toMatchObject({
      token: 'nb_new',
    });
    await client.revokeToken(3);
    expect(calls.map((c) => `${c.init?.method} ${c.url}`)).toEqual([
      'GET /api/tokens',
      'POST /api/tokens',
      'DELETE /api/tokens/3',
    ]);
    expect(JSON.parse(String(calls[1]?.init?.body))).toEqual({
      name: '张三',
      role: 'editor',
      expiresInDays: 30,
    });
  });
});
