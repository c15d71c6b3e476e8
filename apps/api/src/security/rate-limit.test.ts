import { afterEach, describe, expect, it } from 'vitest';
import { type ApiFixture, apiFixture, bearer, testStoreTargets } from '../test-support/api-fixture.ts';
import { RateLimiter } from './rate-limiter.ts';

describe('RateLimiter', () => {
  it('lets a burst of one minute through, then refills continuously', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 6, now: () => now });
    for (let i = 0; i < 6; i++) expect(limiter.take('a')).toEqual({ ok: true });
    // One token every 10 s.
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(limiter.take('b')).toEqual({ ok: true });
    now = 9_000;
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    now = 10_000;
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.peek('a')).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(limiter.peek('never-seen')).toEqual({ ok: true });
  });

  it('keeps memory bounded under many distinct keys', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 2, now: () => now, maxKeys: 100 });
    for (let i = 0; i < 1_000; i++) {
      limiter.take(`k${i}`);
      now += 1;
    }
    expect(limiter.size).toBeLessThanOrEqual(100);
  });
});

describe.each(testStoreTargets())('rate limits of the API on $name', (target) => {
  let f: ApiFixture;
  let now = 1_000_000;
  afterEach(() => f.close());

  const correct = (token: string, value: number) =>
    f.app.request(`/api/reports/${f.reportId}/values/t2.normative.made`, {
      method: 'PATCH',
      body: JSON.stringify({ value, reason: '核对原件' }),
      headers: { 'Content-Type': 'application/json', ...bearer(token) },
    });

  it('answers 429 with Retry-After to the token that writes too fast, and only to it', async () => {
    f = await apiFixture(target, { security: { writesPerMinute: 3, loginsPerMinute: 10, now: () => now } });
    for (let i = 0; i < 3; i++) expect((await correct(f.tokens.editor, 20 + i)).status).toBe(200);
    const refused = await correct(f.tokens.editor, 30);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('20');
    expect(await refused.json()).toEqual({ error: { code: 'rate_limited', message: expect.any(String) } });
    // Another holder has its own bucket; reads are never metered.
    expect((await correct(f.tokens.admin, 31)).status).toBe(200);
    expect((await f.app.request('/api/reports')).status).toBe(200);
    now += 20_000;
    expect((await correct(f.tokens.editor, 32)).status).toBe(200);
  });

  it('throttles logins and failed authentications per address', async () => {
    f = await apiFixture(target, { security: { writesPerMinute: 100, loginsPerMinute: 3, now: () => now } });
    const login = (token: string) =>
      f.app.request('/api/session', {
        method: 'POST',
        body: JSON.stringify({ token }),
        headers: { 'Content-Type': 'application/json' },
      });
    expect((await login('nb_wrong')).status).toBe(401);
    expect((await correct(`nb_${'z'.repeat(43)}`, 1)).status).toBe(401);
    expect((await login('nb_wrong-again')).status).toBe(401);
    // Three attempts used: even the right token waits now, by login or by bearer.
    const held = await login(f.tokens.editor);
    expect(held.status).toBe(429);
    expect(Number(held.headers.get('Retry-After'))).toBe(20);
    expect((await correct(f.tokens.editor, 2)).status).toBe(429);
    now += 20_000;
    expect((await login(f.tokens.editor)).status).toBe(200);
  });
});
