import { describe, expect, it } from 'vitest';
import { PreviewCache } from './preview-cache.ts';

const file = (name: string, size: number) => ({ fileName: name, bytes: new Uint8Array(size) });

describe('PreviewCache', () => {
  it('hands a file back by its id until it is forgotten', () => {
    const cache = new PreviewCache();
    const { id } = cache.put(file('a.txt', 10));
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(cache.get(id)?.fileName).toBe('a.txt');
    expect(cache.get(id)?.fileName).toBe('a.txt');
    cache.forget(id);
    expect(cache.get(id)).toBeUndefined();
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
  });

  it('expires previews on its clock', () => {
    let now = 1_000;
    const cache = new PreviewCache({ ttlMs: 100, now: () => now });
    const { id, expiresAt } = cache.put(file('a.txt', 10));
    expect(expiresAt).toBe(1_100);
    now = 1_099;
    expect(cache.get(id)).toBeDefined();
    now = 1_100;
    expect(cache.get(id)).toBeUndefined();
    expect(cache.size.entries).toBe(0);
  });

  it('drops the oldest previews beyond its count and byte limits', () => {
    const cache = new PreviewCache({ maxEntries: 2, maxBytes: 100 });
    const a = cache.put(file('a', 10));
    const b = cache.put(file('b', 10));
    const c = cache.put(file('c', 10));
    expect([a, b, c].map((p) => cache.get(p.id)?.fileName)).toEqual([undefined, 'b', 'c']);
    const big = cache.put(file('big', 95));
    expect(cache.get(c.id)).toBeUndefined();
    expect(cache.get(big.id)?.fileName).toBe('big');
    expect(cache.size).toEqual({ entries: 1, bytes: 95 });
  });
});
