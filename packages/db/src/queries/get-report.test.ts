import { computeDerived, reportDetailDtoSchema } from '@nianbao/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store.ts';
import { seedWorld } from '../test-support/seed-world.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { getReport } from './get-report.ts';

describe.each(testStoreTargets())('getReport on $name', (target) => {
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

  it('returns values with provenance, derived metrics, facts, findings and text', async () => {
    const { values2019, facts2019, findings2019 } = world.inputs;
    const detail = await getReport(store, world.reports.office2019);
    if (!detail) throw new Error('report not found');

    expect(detail.report).toMatchObject({
      id: world.reports.office2019,
      agencyName: '嵩县人民政府办公室',
      year: 2019,
      sha256: 'sha-office-2019.txt',
      encoding: 'utf-8',
      format: 'txt',
      findingCounts: { error: 1, warning: 0, info: 2 },
    });
    expect(detail.text).toBe('report office-2019.txt');
    expect(Object.fromEntries(detail.values.map((v) => [v.code, v.value]))).toEqual(values2019);
    const blank = detail.values.find((v) => v.code === 't3.denied.third_party.total');
    expect(blank).toMatchObject({ value: null, blank: true });
    expect(detail.values.every((v) => v.start !== null && v.end !== null)).toBe(true);
    expect(detail.derived).toEqual(computeDerived(values2019, '2019', facts2019));
    // (granted + partial) / total, as printed in the seed.
    expect(detail.derived['d.applications.disclosed_rate']).toBe(75);
    expect(detail.facts).toEqual(facts2019);
    expect(detail.findings).toEqual(findings2019);
    expect(reportDetailDtoSchema.parse(detail)).toEqual(detail);
  });

  it('returns undefined for deleted and unknown reports', async () => {
    expect(await getReport(store, world.reports.officeDeleted)).toBeUndefined();
    expect(await getReport(store, 987654)).toBeUndefined();
  });
});
