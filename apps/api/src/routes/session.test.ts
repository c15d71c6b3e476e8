import { createToken, listAudit } from '@nianbao/db';
import type { CorrectionResultDto, TokenDto } from '@nianbao/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { cookieFrom } from '../reliability/store-snapshot.ts';
import { type ApiFixture, apiFixture, bearer, testStoreTargets } from '../test-support/api-fixture.ts';
import type { SessionDto } from './session.ts';

const SAME_ORIGIN = { 'Sec-Fetch-Site': 'same-origin' };

describe.each(testStoreTargets())('dashboard sessions on $name', (target) => {
  let f: ApiFixture;
  afterEach(() => f.close());

  const login = (token: string, headers: Record<string, string> = SAME_ORIGIN, base = 'http://localhost') =>
    f.app.request(`${base}/api/session`, {
      method: 'POST',
      body: JSON.stringify({ token }),
      headers: { 'Content-Type': 'application/json', ...headers },
    });
  const whoAmI = async (headers: Record<string, string>) => {
    const res = await f.app.request('/api/session', { headers });
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    return (await res.json()) as SessionDto;
  };
  const correct = (headers: Record<string, string>, value: number) =>
    f.app.request(`/api/reports/${f.reportId}/values/t2.normative.made`, {
      method: 'PATCH',
      body: JSON.stringify({ value, reason: '核对原件' }),
      headers: { 'Content-Type': 'application/json', ...headers },
    });

  it('logs in with a token, sets a strict HttpOnly cookie, writes with it, and logs out', async () => {
    f = await apiFixture(target);
    expect(await whoAmI({})).toEqual({ authenticated: false });

    const res = await login(f.tokens.editor);
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('Set-Cookie') ?? '';
    expect(setCookie).toMatch(/^nianbao_session=nbs_[A-Za-z0-9_-]{43};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/api');
    // Eight hours by default, counted from now.
    const maxAge = Number(/Max-Age=(\d+)/.exec(setCookie)?.[1]);
    expect(maxAge).toBeGreaterThan(8 * 3600 - 60);
    expect(maxAge).toBeLessThanOrEqual(8 * 3600);
    expect(setCookie).not.toContain('Secure');
    const body = (await res.json()) as SessionDto;
    expect(body).toMatchObject({
      authenticated: true,
      via: 'session',
      token: { id: f.tokenIds.editor, name: '县政务公开办', role: 'editor', expiresAt: null },
    });
    expect(JSON.stringify(body)).not.toContain(f.tokens.editor);

    const cookie = { Cookie: cookieFrom(setCookie) };
    expect(await whoAmI(cookie)).toMatchObject({ authenticated: true, token: { role: 'editor' } });
    const written = await correct({ ...cookie, ...SAME_ORIGIN }, 10);
    expect(written.status).toBe(200);
    expect(((await written.json()) as CorrectionResultDto).changed).toBe(true);
    const audit = await listAudit(f.store, { page: 1, pageSize: 10 });
    expect(audit.entries[0]?.actor).toEqual({ tokenId: f.tokenIds.editor, name: '县政务公开办' });

    const out = await f.app.request('/api/session', {
      method: 'DELETE',
      headers: { ...cookie, ...SAME_ORIGIN },
    });
    expect(out.status).toBe(200);
    expect(out.headers.get('Set-Cookie')).toMatch(/^nianbao_session=;.*Max-Age=0/);
    expect(await whoAmI(cookie)).toEqual({ authenticated: false });
    const after = await correct({ ...cookie, ...SAME_ORIGIN }, 11);
    expect(after.status).toBe(401);
    expect(await after.json()).toMatchObject({ error: { code: 'session_invalid' } });
  });

  it('marks the cookie Secure when the dashboard is reached over HTTPS', async () => {
    f = await apiFixture(target);
    const res = await login(f.tokens.editor, SAME_ORIGIN, 'https://nianbao.example');
    expect(res.status).toBe(200);
    expect(res.headers.get('Set-Cookie')).toContain('Secure');
  });

  it('refuses wrong, expired and revoked tokens, and logins from another site', async () => {
    f = await apiFixture(target);
    const expired = await createToken(f.store, {
      name: '过期',
      role: 'editor',
      expiresAt: new Date(Date.now() - 60_000),
    });
    for (const token of [`nb_${'x'.repeat(43)}`, expired.token, 'not even a token']) {
      const res = await login(token);
      expect(res.status).toBe(401);
      expect(res.headers.get('Set-Cookie')).toBeNull();
      expect(await res.json()).toMatchObject({ error: { code: 'invalid_token' } });
    }
    const foreign: Record<string, string>[] = [
      { 'Sec-Fetch-Site': 'cross-site' },
      { Origin: 'https://evil.example' },
    ];
    for (const headers of foreign) {
      const res = await login(f.tokens.editor, headers);
      expect(res.status).toBe(403);
      expect(res.headers.get('Set-Cookie')).toBeNull();
      expect(await res.json()).toMatchObject({ error: { code: 'csrf_rejected' } });
    }
    // A script or the CLI (no browser headers) may log in; its requests then carry the cookie.
    expect((await login(f.tokens.editor, {})).status).toBe(200);
    expect((await login(f.tokens.editor, { Origin: 'http://localhost' })).status).toBe(200);
  });

  it('answers who a bearer token belongs to, and refuses a wrong one', async () => {
    f = await apiFixture(target);
    expect(await whoAmI(bearer(f.tokens.admin))).toMatchObject({
      authenticated: true,
      via: 'bearer',
      token: { role: 'admin', name: '管理员' },
    });
    const wrong = await f.app.request('/api/session', { headers: bearer(`nb_${'y'.repeat(43)}`) });
    expect(wrong.status).toBe(401);
  });

  it('ends every session of a token an admin revokes or that expires, through the API', async () => {
    f = await apiFixture(target);
    const adminCookie = { Cookie: cookieFrom((await login(f.tokens.admin)).headers.get('Set-Cookie')) };
    const created = await f.app.request('/api/tokens', {
      method: 'POST',
      body: JSON.stringify({ name: '临时编辑', role: 'editor', expiresInDays: 30 }),
      headers: { 'Content-Type': 'application/json', ...adminCookie, ...SAME_ORIGIN },
    });
    expect(created.status).toBe(201);
    const token = (await created.json()) as TokenDto & { token: string };
    const days = (Date.parse(token.expiresAt ?? '') - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);

    const editorCookie = { Cookie: cookieFrom((await login(token.token)).headers.get('Set-Cookie')) };
    expect(await whoAmI(editorCookie)).toMatchObject({ token: { expiresAt: token.expiresAt } });
    const revoked = await f.app.request(`/api/tokens/${token.id}`, {
      method: 'DELETE',
      headers: { ...adminCookie, ...SAME_ORIGIN },
    });
    expect(revoked.status).toBe(200);
    expect(await whoAmI(editorCookie)).toEqual({ authenticated: false });
    expect((await correct({ ...editorCookie, ...SAME_ORIGIN }, 12)).status).toBe(401);
  });

  it('opens closed reads to a session, while "who am I" stays answerable to anyone', async () => {
    f = await apiFixture(target, { readsRequireToken: true });
    expect((await f.app.request('/api/reports')).status).toBe(401);
    expect(await whoAmI({})).toEqual({ authenticated: false });
    const cookie = { Cookie: cookieFrom((await login(f.tokens.reader)).headers.get('Set-Cookie')) };
    const reports = await f.app.request('/api/reports', { headers: cookie });
    expect(reports.status).toBe(200);
    // A reader session reads but cannot write.
    expect((await correct({ ...cookie, ...SAME_ORIGIN }, 13)).status).toBe(403);
  });
});
