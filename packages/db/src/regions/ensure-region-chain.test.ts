import { describe, expect, it } from 'vitest';
import type { Store } from '../store.ts';
import { freshStoreEachTest } from '../test-support/fresh-store.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { ensureRegionChain } from './ensure-region-chain.ts';
import { regionChainFor } from './region-chain.ts';
import { inRegionSubtree, resolveRegion, UnknownRegionError } from './region-ref.ts';

describe.each(testStoreTargets())('ensureRegionChain on $name', (target) => {
  let store: Store;
  freshStoreEachTest(target, (opened) => {
    store = opened;
  });

  const regions = () =>
    store.db
      .selectFrom('regions as r')
      .leftJoin('regions as p', 'p.id', 'r.parent_id')
      .select(['r.id', 'r.name', 'r.code', 'r.level', 'p.name as parent'])
      .orderBy('r.id')
      .execute();

  it('creates a coded chain once and finds it again by code', async () => {
    const leaf = await ensureRegionChain(store.db, regionChainFor('洛阳市嵩县', '410325'));
    const again = await ensureRegionChain(store.db, regionChainFor('嵩县', '410325'));
    expect(again).toBe(leaf);
    expect((await regions()).map(({ id: _, ...r }) => r)).toEqual([
      { name: '河南省', code: '410000', level: 'province', parent: null },
      { name: '洛阳市', code: '410300', level: 'city', parent: '河南省' },
      { name: '嵩县', code: '410325', level: 'county', parent: '洛阳市' },
    ]);
  });

  it('adopts a region first met by name when its code turns up, and hangs it under a later city', async () => {
    const byName = await ensureRegionChain(store.db, regionChainFor('嵩县', null));
    const coded = await ensureRegionChain(store.db, regionChainFor('嵩县', '410325'));
    expect(coded).toBe(byName);
    expect((await regions()).find((r) => r.id === coded)).toMatchObject({ code: '410325', parent: '河南省' });
    // The city was unnamed the first time; once named it sits between province and county.
    await ensureRegionChain(store.db, regionChainFor('洛阳市嵩县', '410325'));
    expect((await regions()).find((r) => r.id === coded)?.parent).toBe('洛阳市');
    // A shallower chain does not undo that.
    await ensureRegionChain(store.db, regionChainFor('嵩县', '410325'));
    expect((await regions()).find((r) => r.id === coded)?.parent).toBe('洛阳市');
    expect(await regions()).toHaveLength(3);
  });

  it('codes a place met under an uncoded city without losing the city', async () => {
    const byName = await ensureRegionChain(store.db, regionChainFor('洛阳市嵩县', null));
    const coded = await ensureRegionChain(store.db, regionChainFor('嵩县', '410325'));
    expect(coded).toBe(byName);
    expect((await regions()).map(({ id: _, ...r }) => r)).toEqual([
      { name: '洛阳市', code: null, level: 'city', parent: '河南省' },
      { name: '嵩县', code: '410325', level: 'county', parent: '洛阳市' },
      { name: '河南省', code: '410000', level: 'province', parent: null },
    ]);
    // Once a report names the city with its code, the city is coded in place.
    await ensureRegionChain(store.db, regionChainFor('洛阳市嵩县', '410325'));
    expect((await regions()).map((r) => [r.name, r.code, r.parent])).toEqual([
      ['洛阳市', '410300', '河南省'],
      ['嵩县', '410325', '洛阳市'],
      ['河南省', '410000', null],
    ]);
  });

  it('links uncoded names under their parent and reuses a name met alone', async () => {
    const alone = await ensureRegionChain(store.db, regionChainFor('嵩县', null));
    const chained = await ensureRegionChain(store.db, regionChainFor('洛阳市嵩县', null));
    expect(chained).toBe(alone);
    const town = await ensureRegionChain(store.db, regionChainFor('嵩县城关镇', null));
    expect((await regions()).map((r) => [r.name, r.parent])).toEqual([
      ['嵩县', '洛阳市'],
      ['洛阳市', null],
      ['城关镇', '嵩县'],
    ]);
    expect(await ensureRegionChain(store.db, [])).toBeNull();

    const city = await resolveRegion(store.db, { id: (await regions())[1]?.id });
    const inCity = await store.db
      .selectFrom('regions')
      .select('name')
      .where(inRegionSubtree('regions.id', city?.id ?? 0))
      .orderBy('id')
      .execute();
    expect(inCity.map((r) => r.name)).toEqual(['嵩县', '洛阳市', '城关镇']);
    expect(town).not.toBe(alone);
  });

  it('resolves regions by code or id and names the missing one', async () => {
    const leaf = await ensureRegionChain(store.db, regionChainFor('嵩县', '410325'));
    expect(await resolveRegion(store.db, { code: '410325' })).toMatchObject({ id: leaf, name: '嵩县' });
    expect(await resolveRegion(store.db, {})).toBeUndefined();
    await expect(resolveRegion(store.db, { code: '410326' })).rejects.toThrow(UnknownRegionError);
    await expect(resolveRegion(store.db, { id: 9999 })).rejects.toThrow(/no region with id 9999/);
  });
});
