import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store.ts';
import { importFixtures } from '../test-support/analytics-fixtures.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { listAgencies } from './list-agencies.ts';

describe.each(testStoreTargets())('listAgencies by region on $name', (target) => {
  let store: Store;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const created = await target.create();
    cleanup = created.cleanup;
    store = await openStore(created.url);
    await importFixtures(store);
  });
  afterAll(async () => {
    await store.close();
    await cleanup();
  });

  const regionId = async (name: string) =>
    (await store.db.selectFrom('regions').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

  it('includes the agencies of every region below the one asked for, with kind and text', async () => {
    const city = await listAgencies(store, { regionId: await regionId('洛阳市') });
    // Sorted here: the order of Chinese names in SQL depends on the engine's collation.
    expect(city.map((a) => a.name).sort()).toEqual(
      [
        '洛阳市嵩县卫生健康委员会',
        '洛阳市栾川县教育局',
        '嵩县公安局',
        '嵩县教育局',
        '嵩县人民政府',
        '嵩县人民政府办公室',
      ].sort(),
    );
    const county = await listAgencies(store, { regionId: await regionId('栾川县') });
    expect(county.map((a) => [a.name, a.regionName, a.reportCount])).toEqual([
      ['洛阳市栾川县教育局', '栾川县', 1],
    ]);
    const departments = await listAgencies(store, {
      regionId: await regionId('嵩县'),
      kind: 'department',
      q: '教育',
    });
    expect(departments.map((a) => [a.name, a.reportCount])).toEqual([['嵩县教育局', 3]]);
  });
});
