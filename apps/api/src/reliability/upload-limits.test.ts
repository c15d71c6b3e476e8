import { afterEach, describe, expect, it } from 'vitest';
import { ParsePool } from '../security/parse-pool.ts';
import {
  type ApiFixture,
  apiFixture,
  bearer,
  sampleFiles,
  testStoreTargets,
} from '../test-support/api-fixture.ts';
import { storeSnapshot } from './store-snapshot.ts';

const HANGING = new URL('./hanging-parse-worker.mjs', import.meta.url);

function form(files: { name: string; bytes: Uint8Array }[]): FormData {
  const body = new FormData();
  for (const file of files) body.append('file', new File([new Uint8Array(file.bytes)], file.name));
  return body;
}

describe.each(testStoreTargets())('request limits on $name', (target) => {
  let f: ApiFixture;
  afterEach(() => f.close());

  const upload = (body: NonNullable<RequestInit['body']>, headers: Record<string, string> = {}) =>
    f.app.request('/api/reports', {
      method: 'POST',
      body,
      headers: { ...bearer(f.tokens.editor), ...headers },
      // A stream body needs it (Node's fetch); harmless for the others.
      duplex: 'half',
    } as RequestInit);

  it('answers 413 with a precise code for a big file, too many files and a big request', async () => {
    const { original } = await sampleFiles();
    f = await apiFixture(target, {
      security: { maxFileBytes: 8_000, maxFiles: 2, maxUploadBytes: 30_000, writesPerMinute: 1_000 },
    });
    const before = await storeSnapshot(f.store);
    const small = new TextEncoder().encode('x'.repeat(100));

    const big = await upload(form([{ name: '../../etc/passwd.txt', bytes: original }]));
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({
      error: { code: 'file_too_large', message: expect.stringContaining('../../etc/passwd.txt is 11 KiB') },
    });
    const many = await upload(form([1, 2, 3].map((n) => ({ name: `${n}.txt`, bytes: small }))));
    expect(many.status).toBe(413);
    expect(await many.json()).toMatchObject({ error: { code: 'too_many_files' } });
    const whole = await upload(form([1, 2, 3].map((n) => ({ name: `${n}.txt`, bytes: original }))));
    expect(whole.status).toBe(413);
    expect(await whole.json()).toMatchObject({ error: { code: 'payload_too_large' } });

    // Without a declared length the body is counted as it streams and cut off at the limit.
    const multipart = new Request('http://x/', {
      method: 'POST',
      body: form([
        { name: 'a.txt', bytes: original },
        { name: 'b.txt', bytes: original },
        { name: 'c.txt', bytes: original },
      ]),
    });
    const bytes = new Uint8Array(await multipart.arrayBuffer());
    const stream = new ReadableStream({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 4096) controller.enqueue(bytes.subarray(at, at + 4096));
        controller.close();
      },
    });
    const streamed = await upload(stream, { 'Content-Type': multipart.headers.get('Content-Type') ?? '' });
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    expect(await storeSnapshot(f.store)).toEqual(before);
  });

  it('limits every other body (JSON) too, logins included', async () => {
    f = await apiFixture(target, { security: { maxJsonBytes: 1_024 } });
    const before = await storeSnapshot(f.store);
    const long = JSON.stringify({ value: 1, reason: '理'.repeat(2_000) });
    const patch = await f.app.request(`/api/reports/${f.reportId}/values/t2.normative.made`, {
      method: 'PATCH',
      body: long,
      headers: { 'Content-Type': 'application/json', ...bearer(f.tokens.editor) },
    });
    expect(patch.status).toBe(413);
    expect(await patch.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    const login = await f.app.request('/api/session', {
      method: 'POST',
      body: JSON.stringify({ token: 'nb_'.padEnd(5_000, 'a') }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(login.status).toBe(413);
    expect(await storeSnapshot(f.store)).toEqual(before);
  });

  it('bounds query parameters: years, page sizes, list lengths, text', async () => {
    f = await apiFixture(target);
    const tooMany = Array.from({ length: 51 }, (_, i) => `agency=${i + 1}`).join('&');
    for (const query of [
      '/api/reports?pageSize=100000',
      '/api/reports?page=0',
      `/api/reports?q=${'字'.repeat(201)}`,
      '/api/reports?year=1999',
      '/api/reports?agency=1e30',
      `/api/series?metric=t2.normative.made&${tooMany}`,
      '/api/series?metric=t2.normative.made&from=2000&to=99999',
      '/api/rankings?metric=t2.normative.made&year=3000',
      `/api/compare?year=2020&metrics=${Array.from({ length: 41 }, () => 'a').join(',')}`,
      '/api/audit?pageSize=501',
    ]) {
      const res = await f.app.request(query);
      expect(res.status, query).toBe(400);
      expect(await res.json(), query).toMatchObject({ error: { code: 'invalid_request' } });
    }
  });

  it('stops a parse that overruns its deadline with 422 parse_timeout; the server answers meanwhile', async () => {
    const pool = new ParsePool({ workerUrl: HANGING });
    try {
      f = await apiFixture(target, { security: { parsePool: pool, parseTimeoutMs: 1_500 } });
      const before = await storeSnapshot(f.store);
      let settled = false;
      const stuck = Promise.resolve(
        upload(form([{ name: '恶意报告.txt', bytes: new TextEncoder().encode('(a+)+$') }])),
      ).then((res) => {
        settled = true;
        return res;
      });
      // While the worker spins, the API's own thread keeps answering.
      const health = await f.app.request('/api/health');
      expect(health.status).toBe(200);
      expect(settled).toBe(false);

      const res = await stuck;
      expect(res.status).toBe(422);
      const body = (await res.json()) as { error: { code: string }; results: unknown[]; errors: unknown[] };
      expect(body.error.code).toBe('parse_timeout');
      expect(body.results).toEqual([]);
      expect(body.errors).toEqual([
        { file: '恶意报告.txt', code: 'parse_timeout', message: expect.stringContaining('1.5 s') },
      ]);
      expect(await storeSnapshot(f.store)).toEqual(before);
    } finally {
      await pool.close();
    }
  });
});
