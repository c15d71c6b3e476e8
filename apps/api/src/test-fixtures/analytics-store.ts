import { openStore, type Store } from '@nianbao/db';
// Test helpers of the store package, reached by path: they are not part of its public barrel.
import {
  type FixtureName,
  importFixtures,
} from '../../../../packages/db/src/test-support/analytics-fixtures.ts';
import {
  type TestStoreTarget,
  testStoreTargets,
} from '../../../../packages/db/src/test-support/test-stores.ts';
import { createApp } from '../app.ts';

export {
  FIXTURES,
  type FixtureName,
  fixturePath,
  printedRow,
  printedTotal,
} from '../../../../packages/db/src/test-support/analytics-fixtures.ts';
export { testStoreTargets };

/** A store on one engine with every analytics fixture (and the real sample) imported, and its app. */
export interface AnalyticsWorld {
  store: Store;
  app: ReturnType<typeof createApp>;
  /** Report and agency ids by fixture file. */
  reportOf(name: FixtureName): number;
  agencyOf(name: FixtureName): number;
  regionId(name: string): Promise<number>;
  /** GETs a URL and returns its JSON body after checking the status. */
  get<T>(url: string, status?: number): Promise<T>;
  close(): Promise<void>;
}

/** Opens a fresh store on the target engine, imports the fixtures and builds the app over it. */
export async function analyticsWorld(target: TestStoreTarget): Promise<AnalyticsWorld> {
  const created = await target.create();
  const store = await openStore(created.url);
  const outcomes = await importFixtures(store);
  const app = createApp({ store, logError: () => {} });
  const outcome = (name: FixtureName) => {
    const found = outcomes.get(name);
    if (!found) throw new Error(`fixture ${name} was not imported`);
    return found;
  };
  return {
    store,
    app,
    reportOf: (name) => outcome(name).reportId,
    agencyOf: (name) => outcome(name).agencyId,
    async regionId(name) {
      const row = await store.db
        .selectFrom('regions')
        .select('id')
        .where('name', '=', name)
        .executeTakeFirst();
      if (!row) throw new Error(`no region ${name}`);
      return row.id;
    },
    async get<T>(url: string, status = 200) {
      const res = await app.request(url);
      if (res.status !== status) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    async close() {
      await store.close();
      await created.cleanup();
    },
  };
}
