import { openStore, type Store, verifyToken } from '@nianbao/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testStoreTargets } from '../../../../packages/db/src/test-support/test-stores.ts';
import { parseLifetime, tokenCommand } from './token.ts';

function capture() {
  const lines = { out: '', err: '' };
  const io = {
    out: (t: string) => {
      lines.out += t;
    },
    err: (t: string) => {
      lines.err += t;
    },
  };
  return { lines, io };
}

describe('parseLifetime', () => {
  it('reads days and hours, and refuses anything else', () => {
    expect(parseLifetime('30d')).toBe(30 * 86_400_000);
    expect(parseLifetime('12h')).toBe(12 * 3_600_000);
    expect(parseLifetime('7')).toBe(7 * 86_400_000);
    for (const bad of ['0d', '-1d', '1w', 'soon', '', '1.5d']) expect(parseLifetime(bad)).toBeUndefined();
  });
});

describe.each(testStoreTargets())('nianbao token create --expires on $name', (target) => {
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

  it('creates a token that works until its expiry and lists when it ends', async () => {
    const create = capture();
    const options = { role: 'editor', name: '临时编辑', expires: '30d' };
    expect(await tokenCommand(store, ['create'], options, create.io)).toBe(0);
    const token = create.lines.out.trim();
    const holder = await verifyToken(store, token);
    const expiresAt = Date.parse(holder?.expiresAt ?? '');
    expect(expiresAt - Date.now()).toBeGreaterThan(29.9 * 86_400_000);
    expect(await verifyToken(store, token, new Date(expiresAt + 1))).toBeUndefined();
    expect(create.lines.err).toContain(`expires ${holder?.expiresAt}`);

    const list = capture();
    await tokenCommand(store, ['list'], {}, list.io);
    expect(list.lines.out).toContain(`active until ${holder?.expiresAt}`);
  });

  it('refuses a lifetime it cannot read, creating nothing', async () => {
    const bad = capture();
    expect(
      await tokenCommand(store, ['create'], { role: 'admin', name: 'x', expires: 'forever' }, bad.io),
    ).toBe(2);
    expect(bad.lines.err).toContain('--expires must be');
    const list = capture();
    await tokenCommand(store, ['list'], {}, list.io);
    expect(list.lines.out).toBe('no tokens\n');
  });
});
