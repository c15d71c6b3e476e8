import { openStore, type Store, verifyToken } from '@nianbao/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type TestStoreTarget,
  testStoreTargets,
} from '../../../../packages/db/src/test-support/test-stores.ts';
import { tokenCommand } from './token.ts';

function capture() {
  const lines = { out: '', err: '' };
  return {
    lines,
    io: {
      out: (t: string) => {
        lines.out += t;
      },
      err: (t: string) => {
        lines.err += t;
      },
    },
  };
}

describe.each(testStoreTargets())('nianbao token on $name', (target: TestStoreTarget) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    const created = await target.create();
    cleanup = created.cleanup;
    store = await openStore(created.url);
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it('creates a token printed alone on stdout, lists it without the secret and revokes it', async () => {
    const create = capture();
    expect(await tokenCommand(store, ['create'], { role: 'editor', name: '县政务公开办' }, create.io)).toBe(
      0,
    );
    const token = create.lines.out.trim();
    expect(token).toMatch(/^nb_[A-Za-z0-9_-]{43}$/);
    expect(create.lines.err).toContain('not shown again');
    const holder = await verifyToken(store, token);
    expect(holder).toMatchObject({ name: '县政务公开办', role: 'editor' });

    const list = capture();
    expect(await tokenCommand(store, ['list'], {}, list.io)).toBe(0);
    expect(list.lines.out).toMatch(
      new RegExp(`^${holder?.id}\\teditor\\t县政务公开办\\tcreated .+\\tactive\\n$`),
    );
    expect(list.lines.out).not.toContain(token);

    const revoke = capture();
    expect(await tokenCommand(store, ['revoke', String(holder?.id)], {}, revoke.io)).toBe(0);
    expect(await verifyToken(store, token)).toBeUndefined();
    expect(await tokenCommand(store, ['revoke', String(holder?.id)], {}, capture().io)).toBe(1);
  });

  it('refuses a missing or unknown role, a missing name and a bad id', async () => {
    const bad = capture();
    expect(await tokenCommand(store, ['create'], { role: 'owner', name: 'x' }, bad.io)).toBe(2);
    expect(bad.lines.err).toContain('--role must be one of reader, editor, admin');
    expect(await tokenCommand(store, ['create'], { role: 'admin' }, capture().io)).toBe(2);
    expect(await tokenCommand(store, ['revoke', 'abc'], {}, capture().io)).toBe(2);
    expect(await tokenCommand(store, ['rotate'], {}, capture().io)).toBe(2);
    const list = capture();
    await tokenCommand(store, ['list'], {}, list.io);
    expect(list.lines.out).toBe('no tokens\n');
  });
});
