import { reportListDtoSchema } from '@nianbao/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store.ts';
import { seedWorld } from '../test-support/seed-world.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { countReports } from './count-reports.ts';
import { listReports } from './list-reports.ts';

describe.each(testStoreTargets())('listReports on $name', (target) => {
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

  it('pages live reports, newest year first and undated last', async () => {
    const { reports: r } = world;
    const first = await listReports(store, { page: 1, pageSize: 3 });
    const second = await listReports(store, { page: 2, pageSize: 3 });
    expect(first.total).toBe(5);
    expect(first.reports.map((x) => x.id)).toEqual([r.bureau2021, r.office2020, r.office2020Old]);
    expect(second.reports.map((x) => x.id)).toEqual([r.office2019, r.officeNoYear]);
    expect(second).toMatchObject({ page: 2, pageSize: 3, total: 5 });
    expect(await countReports(store)).toBe(5);
    expect(reportListDtoSchema.parse(first)).toEqual(first);
  });

  it('counts findings per severity', async () => {
    const list = await listReports(store, { page: 1, pageSize: 50 });
    const byId = new Map(list.reports.map((x) => [x.id, x]));
    const severities = world.inputs.findings2019.map((f) => f.severity);
    expect(byId.get(world.reports.office2019)?.findingCounts).toEqual({
      error: severities.filter((s) => s === 'error').length,
      warning: severities.filter((s) => s === 'warning').length,
      info: severities.filter((s) => s === 'info').length,
    });
    expect(byId.get(world.reports.bureau2021)?.findingCounts).toEqual({ error: 0, warning: 1, info: 0 });
    expect(byId.get(world.reports.office2020)?.findingCounts).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('fills the summary from the report, its agency and region', async () => {
    const list = await listReports(store, { page: 1, pageSize: 50, year: 2019 });
    expect(list.reports).toEqual([
      {
        id: world.reports.office2019,
        agencyId: world.agencies.office,
        agencyName: '嵩县人民政府办公室',
        regionName: '嵩县',
        year: 2019,
        template: '2019',
        fileName: 'office-2019.txt',
        importedAt: '2026-01-01T00:00:00.000Z',
        source: 'demo',
        findingCounts: { error: 1, warning: 0, info: 2 },
      },
    ]);
  });

  it('filters by agency, year and text in the agency or file name', async () => {
    const byAgency = await listReports(store, { agency: world.agencies.bureau, page: 1, pageSize: 10 });
    const byFile = await listReports(store, { q: 'DRAFT', page: 1, pageSize: 10 });
    const byAgencyName = await listReports(store, { q: '教育局', page: 1, pageSize: 10 });
    const none = await listReports(store, { q: '_', year: 2030, page: 1, pageSize: 10 });
    expect(byAgency.reports.map((x) => x.id)).toEqual([world.reports.bureau2021]);
    expect(byFile.reports.map((x) => x.id)).toEqual([world.reports.office2020Old]);
    expect(byAgencyName.reports.map((x) => x.id)).toEqual([world.reports.bureau2021]);
    expect(none).toEqual({ total: 0, page: 1, pageSize: 10, reports: [] });
  });
});
