import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, parseStoreUrl, StoreUrlError } from './store.ts';
import { makeTempDir } from './test-support/temp-dir.ts';

describe('parseStoreUrl', () => {
  it('reads file URLs, plain paths and PostgreSQL URLs', () => {
    expect(parseStoreUrl('file:/abs/x.db')).toEqual({ dialect: 'sqlite', filename: '/abs/x.db' });
    expect(parseStoreUrl('file:///abs/y.db')).toEqual({ dialect: 'sqlite', filename: '/abs/y.db' });
    expect(parseStoreUrl('file:rel/z.db')).toEqual({ dialect: 'sqlite', filename: resolve('rel/z.db') });
    expect(parseStoreUrl('data/store/n.db')).toEqual({
      dialect: 'sqlite',
      filename: resolve('data/store/n.db'),
    });
    expect(parseStoreUrl('postgres://u@h/db')).toEqual({ dialect: 'postgres', url: 'postgres://u@h/db' });
    expect(parseStoreUrl('postgresql://u@h/db').dialect).toBe('postgres');
  });

  it('rejects empty and foreign URLs', () => {
    expect(() => parseStoreUrl('')).toThrow(StoreUrlError);
    expect(() => parseStoreUrl('mysql://h/db')).toThrow(/not a store URL/);
    expect(() => parseStoreUrl('file:')).toThrow(StoreUrlError);
  });
});

describe('openStore', () => {
  it('creates the folder of a SQLite file that does not exist yet', async () => {
    const temp = await makeTempDir();
    try {
      const file = join(temp.dir, 'deep', 'er', 'n.db');
      const store = await openStore(`file:${file}`);
      expect(store.dialect).toBe('sqlite');
      await store.close();
      expect(existsSync(file)).toBe(true);
    } finally {
      await temp.cleanup();
    }
  });
});
