import { describe, expect, it } from 'vitest';
import type { Store } from '../store.ts';
import { freshStoreEachTest } from '../test-support/fresh-store.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { writeDb } from '../write-tables.ts';
import {
  createToken,
  hashToken,
  listTokens,
  revokeToken,
  TokenNameError,
  verifyToken,
} from './api-tokens.ts';

describe.each(testStoreTargets())('API tokens on $name', (target) => {
  let store: Store;
  freshStoreEachTest(target, (opened) => {
    store = opened;
  });

  it('stores only the hash of a random token and verifies it until it is revoked', async () => {
    const created = await createToken(store, { name: ' 县政务公开办 ', role: 'editor' });
    expect(created).toMatchObject({ name: '县政务公开办', role: 'editor', revokedAt: null });
    // nb_ + 32 random bytes in base64url (43 characters).
    expect(created.token).toMatch(/^nb_[A-Za-z0-9_-]{43}$/);
    const other = await createToken(store, { name: 'admin', role: 'admin' });
    expect(other.token).not.toBe(created.token);

    const rows = await writeDb(store.db).selectFrom('api_tokens').selectAll().orderBy('id').execute();
    expect(rows.map((r) => r.token_hash)).toEqual([hashToken(created.token), hashToken(other.token)]);
    expect(JSON.stringify(rows)).not.toContain(created.token.slice(3));

    expect(await verifyToken(store, created.token)).toEqual({
      id: created.id,
      name: '县政务公开办',
      role: 'editor',
      expiresAt: null,
    });
    expect(await verifyToken(store, `${created.token}x`)).toBeUndefined();
    expect(await verifyToken(store, 'not-a-token')).toBeUndefined();

    expect(await revokeToken(store, created.id)).toBe(true);
    expect(await revokeToken(store, created.id)).toBe(false);
    expect(await verifyToken(store, created.token)).toBeUndefined();
    expect(await verifyToken(store, other.token)).toMatchObject({ role: 'admin' });

    const listed = await listTokens(store);
    expect(listed.map((t) => [t.id, t.name, t.role, t.revokedAt !== null])).toEqual([
      [created.id, '县政务公开办', 'editor', true],
      [other.id, 'admin', 'admin', false],
    ]);
    expect(JSON.stringify(listed)).not.toContain('nb_');
  });

  it('refuses an empty name', async () => {
    await expect(createToken(store, { name: '  ', role: 'editor' })).rejects.toBeInstanceOf(TokenNameError);
    expect(await listTokens(store)).toEqual([]);
  });
});
