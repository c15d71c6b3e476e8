import { describe, expect, it } from 'vitest';
import type { Store } from '../store.ts';
import { freshStoreEachTest } from '../test-support/fresh-store.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { createToken, listTokens, revokeToken, verifyToken } from '../tokens/api-tokens.ts';
import { writeDb } from '../write-tables.ts';
import { createSession, deleteSession, verifySession } from './sessions.ts';

const HOUR = 3_600_000;

describe.each(testStoreTargets())('token expiry and sessions on $name', (target) => {
  let store: Store;
  freshStoreEachTest(target, (opened) => {
    store = opened;
  });

  it('verifies a token only before its expiry, and lists the expiry', async () => {
    const now = new Date('2030-01-01T00:00:00.000Z');
    const expiresAt = new Date(now.getTime() + 30 * 24 * HOUR);
    const token = await createToken(store, { name: '临时编辑', role: 'editor', expiresAt });
    expect(token.expiresAt).toBe('2030-01-31T00:00:00.000Z');
    expect(await verifyToken(store, token.token, now)).toMatchObject({
      id: token.id,
      expiresAt: '2030-01-31T00:00:00.000Z',
    });
    expect(await verifyToken(store, token.token, expiresAt)).toBeUndefined();
    expect(await verifyToken(store, token.token, new Date(expiresAt.getTime() + 1))).toBeUndefined();
    expect((await listTokens(store))[0]?.expiresAt).toBe('2030-01-31T00:00:00.000Z');
  });

  it('stores only a hash of the session secret and resolves it to the token holder', async () => {
    const token = await createToken(store, { name: '编辑', role: 'editor' });
    const holder = await verifyToken(store, token.token);
    if (!holder) throw new Error('token did not verify');
    const now = new Date('2030-01-01T00:00:00.000Z');
    const session = await createSession(store, holder, 8 * HOUR, now);
    expect(session.secret).toMatch(/^nbs_[A-Za-z0-9_-]{43}$/);
    expect(session.expiresAt).toBe('2030-01-01T08:00:00.000Z');
    const rows = await writeDb(store.db).selectFrom('sessions').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(session.secret.slice(4));

    expect(await verifySession(store, session.secret, now)).toEqual({
      id: token.id,
      name: '编辑',
      role: 'editor',
      expiresAt: null,
      sessionExpiresAt: '2030-01-01T08:00:00.000Z',
    });
    expect(await verifySession(store, `${session.secret}x`, now)).toBeUndefined();
    expect(await verifySession(store, token.token, now)).toBeUndefined();
    expect(await verifySession(store, session.secret, new Date('2030-01-01T08:00:00.000Z'))).toBeUndefined();
  });

  it('never outlives its token: capped at the token expiry, ended by revocation and logout', async () => {
    const now = new Date('2030-01-01T00:00:00.000Z');
    const token = await createToken(store, {
      name: '短期',
      role: 'admin',
      expiresAt: new Date(now.getTime() + HOUR),
    });
    const holder = await verifyToken(store, token.token, now);
    if (!holder) throw new Error('token did not verify');
    const capped = await createSession(store, holder, 8 * HOUR, now);
    expect(capped.expiresAt).toBe('2030-01-01T01:00:00.000Z');
    const other = await createSession(store, holder, 8 * HOUR, now);
    expect(await verifySession(store, other.secret, now)).toMatchObject({ role: 'admin' });

    expect(await deleteSession(store, capped.secret)).toBe(true);
    expect(await deleteSession(store, capped.secret)).toBe(false);
    expect(await verifySession(store, capped.secret, now)).toBeUndefined();

    await revokeToken(store, token.id);
    expect(await verifySession(store, other.secret, now)).toBeUndefined();
  });

  it('sweeps expired sessions when a new one opens', async () => {
    const token = await createToken(store, { name: '编辑', role: 'editor' });
    const holder = await verifyToken(store, token.token);
    if (!holder) throw new Error('token did not verify');
    const start = new Date('2030-01-01T00:00:00.000Z');
    await createSession(store, holder, HOUR, start);
    await createSession(store, holder, HOUR, new Date(start.getTime() + 2 * HOUR));
    const rows = await writeDb(store.db).selectFrom('sessions').select('expires_at').execute();
    expect(rows.map((r) => r.expires_at)).toEqual(['2030-01-01T03:00:00.000Z']);
  });
});
