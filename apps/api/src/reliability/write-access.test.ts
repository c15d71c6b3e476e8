import { createSession, createToken, revokeToken, verifyToken } from '@nianbao/db';
import type { UploadPreviewListDto } from '@nianbao/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../security/session-cookie.ts';
import {
  type ApiFixture,
  apiFixture,
  bearer,
  sampleFiles,
  testStoreTargets,
} from '../test-support/api-fixture.ts';
import { storeSnapshot } from './store-snapshot.ts';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes that authenticate rather than need authentication: login and logout. */
const AUTHENTICATION_ROUTES = ['DELETE /api/session', 'POST /api/session'];

/** Every write route the assembled app has, read from its router: a new one cannot be missed. */
function writeRoutes(app: ApiFixture['app']): string[] {
  const keys = app.routes
    .filter((r) => WRITE_METHODS.has(r.method) && r.path.startsWith('/api/'))
    .map((r) => `${r.method} ${r.path}`);
  return [...new Set(keys)].sort();
}

describe.each(testStoreTargets())('every write endpoint on $name', (target) => {
  let f: ApiFixture;
  beforeEach(async () => {
    f = await apiFixture(target);
  });
  afterEach(() => f.close());

  it('refuses every credential that is missing, wrong, expired, revoked, too weak or cross-site, and nothing changes', async () => {
    const routes = writeRoutes(f.app);
    const guarded = routes.filter((key) => !AUTHENTICATION_ROUTES.includes(key));
    expect(routes.filter((key) => AUTHENTICATION_ROUTES.includes(key))).toEqual(AUTHENTICATION_ROUTES);
    // The ones known today are all there (the list itself comes from the router).
    expect(guarded).toEqual(
      expect.arrayContaining([
        'POST /api/reports',
        'POST /api/reports/commit',
        'DELETE /api/reports/:id',
        'POST /api/reports/:id/restore',
        'PATCH /api/reports/:id/values/:code',
        'POST /api/tokens',
        'DELETE /api/tokens/:id',
      ]),
    );

    // Credentials of every kind that must not open a write.
    const past = new Date(Date.now() - 24 * 3_600_000);
    const expired = await createToken(f.store, { name: '过期管理员', role: 'admin', expiresAt: past });
    const revoked = await createToken(f.store, { name: '已吊销管理员', role: 'admin' });
    const admin = await verifyToken(f.store, f.tokens.admin);
    const reader = await verifyToken(f.store, f.tokens.reader);
    const doomed = await verifyToken(f.store, revoked.token);
    if (!admin || !reader || !doomed) throw new Error('fixture tokens did not verify');
    const adminSession = await createSession(f.store, admin, 3_600_000);
    const readerSession = await createSession(f.store, reader, 3_600_000);
    const staleSession = await createSession(f.store, admin, 60_000, new Date(past.getTime() - 120_000));
    const orphanSession = await createSession(f.store, doomed, 3_600_000);
    await revokeToken(f.store, revoked.id);
    const cookie = (secret: string) => ({ Cookie: `${SESSION_COOKIE}=${secret}` });
    const sameSite = { 'Sec-Fetch-Site': 'same-origin' };

    const credentials: [string, Record<string, string>, number][] = [
      ['no credentials', {}, 401],
      ['a wrong token', bearer(`nb_${'A'.repeat(43)}`), 401],
      ['a malformed Authorization header', { Authorization: `Basic ${btoa('admin:admin')}` }, 401],
      ['an expired admin token', bearer(expired.token), 401],
      ['a revoked admin token', bearer(revoked.token), 401],
      ['a reader token', bearer(f.tokens.reader), 403],
      ['an expired admin session', { ...cookie(staleSession.secret), ...sameSite }, 401],
      ['a session of a revoked token', { ...cookie(orphanSession.secret), ...sameSite }, 401],
      ['a made-up session cookie', { ...cookie(`nbs_${'B'.repeat(43)}`), ...sameSite }, 401],
      ['a reader session', { ...cookie(readerSession.secret), ...sameSite }, 403],
      [
        'an admin session from another site',
        { ...cookie(adminSession.secret), 'Sec-Fetch-Site': 'cross-site' },
        403,
      ],
      [
        'an admin session with a foreign Origin',
        { ...cookie(adminSession.secret), Origin: 'https://evil.example' },
        403,
      ],
      ['an admin session without Origin or Sec-Fetch-Site', cookie(adminSession.secret), 403],
    ];

    // Requests that would really write with a good credential: a real preview to commit, a real
    // report and token to delete, a real value to correct.
    const { revised } = await sampleFiles();
    const upload = () => {
      const form = new FormData();
      form.append('file', new File([new Uint8Array(revised)], '嵩县政府办2020年报（修订）.txt'));
      return form;
    };
    const previewed = await f.app.request('/api/reports', {
      method: 'POST',
      body: upload(),
      headers: bearer(f.tokens.editor),
    });
    const previewId = ((await previewed.json()) as UploadPreviewListDto).results[0]?.previewId;
    const json = (body: unknown) => ({
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json' },
    });
    const bodies: Record<string, () => { body?: RequestInit['body']; headers?: Record<string, string> }> = {
      'POST /api/reports': () => ({ body: upload() }),
      'POST /api/ledger': () => ({ body: upload() }),
      'POST /api/reports/commit': () => json({ previews: [previewId] }),
      'PATCH /api/reports/:id/values/:code': () => json({ value: 12345, reason: '未经授权的修改' }),
      'POST /api/tokens': () => json({ name: '入侵者', role: 'admin' }),
    };
    const url = (route: string) =>
      route
        .slice(route.indexOf(' ') + 1)
        .replace(':id', String(route.includes('/api/tokens/') ? f.tokenIds.editor : f.reportId))
        .replace(':code', 't2.normative.made')
        .replace(/:[A-Za-z]+/g, '1');

    const before = await storeSnapshot(f.store);
    let attempts = 0;
    for (const route of guarded) {
      const method = route.slice(0, route.indexOf(' '));
      for (const [label, headers, status] of credentials) {
        const request = bodies[route]?.() ?? json({});
        const res = await f.app.request(url(route), {
          method,
          ...(request.body === undefined ? {} : { body: request.body }),
          headers: { ...request.headers, ...headers },
        });
        attempts++;
        expect(res.status, `${route} with ${label}`).toBe(status);
        expect(await res.json(), `${route} with ${label}`).toEqual({
          error: { code: expect.any(String), message: expect.any(String) },
        });
      }
    }
    expect(attempts).toBe(guarded.length * credentials.length);
    expect(await storeSnapshot(f.store)).toEqual(before);

    // The same requests with a live admin session from the dashboard's own origin get through
    // (none is refused for its credential), so the refusals above were about the credential alone.
    for (const route of guarded) {
      const method = route.slice(0, route.indexOf(' '));
      const request = bodies[route]?.() ?? json({});
      const res = await f.app.request(url(route), {
        method,
        ...(request.body === undefined ? {} : { body: request.body }),
        headers: { ...request.headers, ...cookie(adminSession.secret), ...sameSite },
      });
      const body = (await res.json()) as { error?: { code: string } };
      // Refusals for other reasons are fine (the report was deleted by an earlier route); an
      // unmatched route or a credential refusal is not.
      expect([401, 403, 405], `${route} with an admin session`).not.toContain(res.status);
      expect(body.error?.code, `${route} with an admin session`).not.toBe('not_found');
      expect(res.status, `${route} with an admin session`).toBeLessThan(500);
    }
    expect(await storeSnapshot(f.store)).not.toEqual(before);
  });
  it('keeps admin-only reads admin-only, also right after an admin read them (no shared cache answers)', async () => {
    const admin = await f.app.request('/api/tokens', { headers: bearer(f.tokens.admin) });
    expect(admin.status).toBe(200);
    const etag = admin.headers.get('ETag');
    const attempts: Record<string, string>[] = [
      {},
      bearer(f.tokens.editor),
      bearer(f.tokens.reader),
      { 'If-None-Match': etag ?? '*' },
    ];
    for (const headers of attempts) {
      const res = await f.app.request('/api/tokens', { headers });
      expect([401, 403], JSON.stringify(headers)).toContain(res.status);
      expect(await res.text()).not.toContain('管理员');
    }
  });
});
