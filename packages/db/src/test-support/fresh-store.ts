import { afterEach, beforeEach } from 'vitest';
import { openStore, type Store } from '../store.ts';
import type { TestStoreTarget } from './test-stores.ts';

/**
 * Gives each test of the enclosing describe a new, migrated store of `target` (handed to `use`
 * before the test runs), and closes and removes it after the test.
 */
export function freshStoreEachTest(target: TestStoreTarget, use: (store: Store) => void): void {
  let store: Store | undefined;
  let cleanup: () => Promise<void> = async () => {};
  beforeEach(async () => {
    const created = await target.create();
    cleanup = created.cleanup;
    store = await openStore(created.url);
    use(store);
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await cleanup();
  });
}
