import { agencyDtoSchema } from '@nianbao/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store.ts';
import { seedWorld } from '../test-support/seed-world.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { listAgencies } from './list-agencies.ts';

describe.each(testStoreTargets())('listAgencies on $name', (target) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let world: Awaited<ReturnType<typeof seedWorld>>;

  beforeEach(async () => {
    const created = await target.create();
    cleanup = created.cleanup;
    store = await openStore(created.url);
    world = await seedWorld(store.db);
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it('lists every agency with its region and live report count', async () => {
    const agencies = await listAgencies(store);
    const office = agencies.find((a) => a.id === world.agencies.office);
    expect(agencies).toHaveLength(3);
    expect(agencyDtoSchema.array().parse(agencies)).toEqual(agencies);
    // 2019, 2020 (two versions) and the undated report; the deleted 2018 one does not count.
    expect(office).toEqual({
      id: world.agencies.office,
      name: '嵩县人民政府办公室',
      kind: 'government_office',
      regionName: '嵩县',
      regionCode: '410325',
      reportCount: 4,
    });
    expect(agencies.find((a) => a.id === world.agencies.empty)?.reportCount).toBe(0);
    expect(agencies.find((a) => a.id === world.agencies.bureau)?.regionName).toBeNull();
  });

  it('filters by part of the name and by kind', async () => {
    const byName = await listAgencies(store, { q: '教育' });
    const byKind = await listAgencies(store, { kind: 'government_office' });
    const literalPercent = await listAgencies(store, { q: '%' });
    expect(byName.map((a) => a.id)).toEqual([world.agencies.bureau]);
    expect(byKind.map((a) => a.id)).toEqual([world.agencies.office]);
    expect(literalPercent).toEqual([]);
  });
});
