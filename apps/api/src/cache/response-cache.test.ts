import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsCoding } from './body-encodings.ts';
import { ResponseCache, variantFor } from './response-cache.ts';

const at = (version: number, epoch = 'e1') => ({ epoch, version });
const json = (body: string, headers: Record<string, string> = {}) =>
  new Response(body, { headers: { 'content-type': 'application/json', ...headers } });
const text = (entry: { body: Uint8Array } | undefined) =>
  entry === undefined ? undefined : new TextDecoder().decode(entry.body);
const open = { public: true };

describe('ResponseCache', () => {
  it('serves a stored response with its headers at the same data version only', async () => {
    const cache = new ResponseCache();
    await cache.put(at(3), '/a', json('{"a":1}', { 'x-frame-options': 'DENY', date: 'Mon' }), open);
    const hit = cache.get(at(3), '/a');
    expect(text(hit)).toBe('{"a":1}');
    expect(hit?.headers).toEqual({
      'content-type': 'application/json',
      'x-frame-options': 'DENY',
      'content-length': '7',
    });
    expect(hit?.public).toBe(true);
    expect(cache.get(at(3), '/b')).toBeUndefined();
    expect(cache.get(at(4), '/a')).toBeUndefined();
    // Once a newer version was seen, the older one neither reads nor writes.
    await cache.put(at(3), '/a', json('{"a":1}'), open);
    expect(cache.get(at(3), '/a')).toBeUndefined();
    expect(cache.size.entries).toBe(0);
  });

  it('keeps no response that sets a cookie or is not a 200', async () => {
    const cache = new ResponseCache();
    await cache.put(at(1), '/login', json('{}', { 'set-cookie': 's=1' }), open);
    await cache.put(at(1), '/missing', new Response('{}', { status: 404 }), open);
    expect(cache.size.entries).toBe(0);
  });

  it('starts afresh for another store (a restored one has a new epoch, whatever its version)', async () => {
    const cache = new ResponseCache();
    await cache.put(at(9), '/a', json('old'), open);
    expect(cache.get(at(2, 'e2'), '/a')).toBeUndefined();
    await cache.put(at(2, 'e2'), '/a', json('new'), { public: false });
    expect(text(cache.get(at(2, 'e2'), '/a'))).toBe('new');
    expect(cache.get(at(2, 'e2'), '/a')?.public).toBe(false);
  });

  it('drops the least recently used bodies beyond its budget and never keeps an oversized one', async () => {
    const cache = new ResponseCache({ maxBytes: 10, maxEntryBytes: 6 });
    await cache.put(at(1), '/a', json('aaaa'), open);
    await cache.put(at(1), '/b', json('bbbb'), open);
    expect(text(cache.get(at(1), '/a'))).toBe('aaaa');
    await cache.put(at(1), '/c', json('cccc'), open);
    expect(cache.get(at(1), '/b')).toBeUndefined();
    expect(text(cache.get(at(1), '/a'))).toBe('aaaa');
    expect(text(cache.get(at(1), '/c'))).toBe('cccc');
    await cache.put(at(1), '/big', json('0123456'), open);
    expect(cache.get(at(1), '/big')).toBeUndefined();
    expect(cache.size).toEqual({ entries: 2, bytes: 8 });
  });

  it('keeps a gzipped copy of a larger body for clients that accept it', async () => {
    const cache = new ResponseCache();
    const big = JSON.stringify({ rows: Array.from({ length: 200 }, (_, i) => ({ name: '嵩县教育局', i })) });
    await cache.put(at(1), '/big', json(big), open);
    await cache.put(at(1), '/small', json('{"a":1}'), open);
    const hit = cache.get(at(1), '/big');
    if (!hit) throw new Error('not stored');
    const sent = variantFor(hit, 'gzip, deflate, br');
    expect(sent.headers['content-encoding']).toBe('gzip');
    expect(sent.headers.vary).toBe('Accept-Encoding');
    expect(hit.headers.vary).toBe('Accept-Encoding');
    expect(Number(sent.headers['content-length'])).toBe(sent.body.byteLength);
    expect(gunzipSync(sent.body).toString('utf8')).toBe(big);
    expect(variantFor(hit, 'gzip;q=0, br')).toBe(hit);
    expect(variantFor(hit, undefined)).toBe(hit);
    const small = cache.get(at(1), '/small');
    expect(small?.gzip).toBeUndefined();
    expect(acceptsCoding('deflate, *;q=0.5', 'gzip')).toBe(true);
    expect(acceptsCoding('identity', 'gzip')).toBe(false);
  });

  it('adds a brotli copy once it is made, for clients that accept br, and counts its bytes', async () => {
    const cache = new ResponseCache();
    const big = JSON.stringify({ rows: Array.from({ length: 300 }, (_, i) => ({ name: '嵩县教育局', i })) });
    await cache.put(at(1), '/big', json(big), open);
    const before = cache.size.bytes;
    await cache.whenEncoded();
    const hit = cache.get(at(1), '/big');
    if (!hit?.br || !hit.gzip) throw new Error('no encoded copies');
    expect(cache.size.bytes).toBe(before + hit.br.body.byteLength);
    const sent = variantFor(hit, 'gzip, deflate, br');
    expect(sent).toBe(hit.br);
    expect(sent.headers['content-encoding']).toBe('br');
    expect(sent.headers.vary).toBe('Accept-Encoding');
    expect(Number(sent.headers['content-length'])).toBe(sent.body.byteLength);
    expect(brotliDecompressSync(sent.body).toString('utf8')).toBe(big);
    expect(sent.body.byteLength).toBeLessThan(hit.gzip.body.byteLength);
    // Clients that refuse br (or never name it) get gzip, then the plain body.
    expect(variantFor(hit, 'gzip, deflate')).toBe(hit.gzip);
    expect(variantFor(hit, 'br;q=0, gzip')).toBe(hit.gzip);
    expect(variantFor(hit, 'identity')).toBe(hit);
  });

  it('drops a brotli copy made for an entry the data has moved past', async () => {
    const cache = new ResponseCache();
    const big = JSON.stringify({ rows: Array.from({ length: 300 }, (_, i) => ({ name: '洛阳市', i })) });
    await cache.put(at(1), '/big', json(big), open);
    const first = cache.get(at(1), '/big');
    // A write moves the version on before the brotli copy is ready: the old entry is gone for good.
    expect(cache.get(at(2), '/big')).toBeUndefined();
    await cache.whenEncoded();
    expect(first?.br).toBeUndefined();
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
  });
});
