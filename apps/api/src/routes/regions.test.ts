import type { AgencyDto, RegionTreeDto } from '@nianbao/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnalyticsWorld, analyticsWorld, testStoreTargets } from '../test-fixtures/analytics-store.ts';

describe.each(testStoreTargets())('GET /api/regions and region filters on $name', (target) => {
  let world: AnalyticsWorld;
  beforeAll(async () => {
    world = await analyticsWorld(target);
  });
  afterAll(() => world.close());

  it('serves the region tree with direct and subtree report counts', async () => {
    const tree = await world.get<RegionTreeDto>('/api/regions');
    expect(tree.regions.map((r) => [r.code, r.name, r.level, r.totalReportCount])).toEqual([
      ['410000', '河南省', 'province', 9],
    ]);
    const city = tree.regions[0]?.children[0];
    expect(city).toMatchObject({
      code: '410300',
      name: '洛阳市',
      level: 'city',
      reportCount: 0,
      totalReportCount: 9,
    });
    expect(city?.children.map((c) => [c.name, c.level, c.agencyCount, c.reportCount])).toEqual([
      ['栾川县', 'county', 1, 1],
      ['嵩县', 'county', 5, 8],
    ]);
  });

  it('filters agencies by region with everything below it, by kind and by text', async () => {
    const cityId = await world.regionId('洛阳市');
    const all = await world.get<{ agencies: AgencyDto[] }>(`/api/agencies?regionId=${cityId}`);
    expect(all.agencies).toHaveLength(6);
    const bureaus = await world.get<{ agencies: AgencyDto[] }>(
      `/api/agencies?regionId=${cityId}&kind=department&q=${encodeURIComponent('教育局')}`,
    );
    expect(bureaus.agencies.map((a) => a.name).sort()).toEqual(['嵩县教育局', '洛阳市栾川县教育局'].sort());
  });

  it('finds regions by the GB/T codes the parser resolved, and names the unknown ones', async () => {
    const county = await world.get<{ agencies: AgencyDto[] }>('/api/agencies?region=410325');
    expect(county.agencies).toHaveLength(5);
    expect(county.agencies.every((a) => a.regionCode === '410325')).toBe(true);
    const province = await world.get<{ agencies: AgencyDto[] }>('/api/agencies?region=410000');
    expect(province.agencies).toHaveLength(6);
    const unknown = await world.get<{ error: { code: string; message: string } }>(
      '/api/agencies?region=110000',
      404,
    );
    expect(unknown.error).toMatchObject({ code: 'region_not_found' });
    expect(unknown.error.message).toContain('110000');
    expect((await world.get<{ error: { code: string } }>('/api/agencies?region=4103', 400)).error.code).toBe(
      'invalid_request',
    );
  });
});
