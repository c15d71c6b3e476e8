import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctValue } from '../corrections/correct-value.ts';
import { importParsedReports } from '../import/import-batch.ts';
import { getComparison } from '../queries/get-comparison.ts';
import { getRegionSeries } from '../queries/get-region-series.ts';
import { openStore, type Store } from '../store.ts';
import { syntheticReport, syntheticWorld } from '../test-support/synthetic-world.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { deleteReport, restoreReport } from '../versions/report-lifecycle.ts';
import { rebuildRollups, rollupDrift } from './rebuild-rollups.ts';

/** One metric of every way the read models aggregate or load. */
const METRICS = [
  't3.new.total', // printed sum
  't3.other.natural', // printed in 2019 tables, summed from sub-rows in 2021 ones
  't3.denied.natural', // a category sum stored with the derived values
  'd.applications.disclosed_rate', // a ratio of sums
  't2.fees.amount', // 万元 decimals
  'narrative.published_total', // the first coded fact
  'narrative.info_adoption_rate', // a printed percentage: never summed
];
const KINDS = [undefined, 'government', 'township', 'department'] as const;
const actor = { tokenId: null, name: 'test' };

describe.each(testStoreTargets())('region rollups on $name', (target) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  const world = syntheticWorld();

  beforeAll(async () => {
    const created = await target.create();
    cleanup = created.cleanup;
    store = await openStore(created.url);
    // Batches of several sizes, so reports of one agency meet in a batch and across batches.
    for (let i = 0, size = 5; i < world.reports.length; i += size, size = size === 5 ? 13 : 5) {
      const results = await importParsedReports(store, world.reports.slice(i, i + size));
      expect(results.every((r) => 'outcome' in r)).toBe(true);
    }
  });
  afterAll(async () => {
    await store.close();
    await cleanup();
  });

  const rollupRegions = () =>
    store.db
      .selectFrom('regions')
      .select(['id', 'code', 'level'])
      .where('level', 'in', ['province', 'city', 'county'])
      .orderBy('id')
      .execute();

  /** Region lines and comparisons read from the rollups equal those read from every report. */
  async function expectReadsAgree() {
    const regions = await rollupRegions();
    for (const region of regions) {
      for (const metric of METRICS) {
        for (const kind of KINDS) {
          const filter = { metric, regions: [{ id: region.id }], kind };
          const fast = await getRegionSeries(store, filter);
          expect(fast).toEqual(await getRegionSeries(store, filter, { rollups: false }));
        }
      }
    }
    const parents = [undefined, ...regions.map((r) => ({ id: r.id }))];
    for (const region of parents) {
      for (const kind of [undefined, 'department'] as const) {
        for (const year of [2020, 2021]) {
          const filter = { metrics: METRICS, year, region, kind, groupBy: 'region' as const };
          const fast = await getComparison(store, filter);
          expect(fast).toEqual(await getComparison(store, filter, { rollups: false }));
        }
      }
    }
  }

  it('add up to the reports after a batched import', async () => {
    expect(await rollupDrift(store.db)).toEqual([]);
    await expectReadsAgree();
    // And one sum by hand: a county's 2020 applications over its reports, summaries left out.
    const county = await store.db
      .selectFrom('regions')
      .select('id')
      .where('code', '=', '530121')
      .executeTakeFirstOrThrow();
    const values = await store.db
      .selectFrom('report_values')
      .innerJoin('reports', 'reports.id', 'report_values.report_id')
      .innerJoin('agencies', 'agencies.id', 'reports.agency_id')
      .innerJoin('regions', 'regions.id', 'agencies.region_id')
      .select('report_values.value')
      .where('report_values.code', '=', 't3.new.total')
      .where('reports.year', '=', 2020)
      .where('reports.is_current', '=', true)
      .where('agencies.kind', '!=', 'government')
      .where((eb) => eb.or([eb('regions.id', '=', county.id), eb('regions.parent_id', '=', county.id)]))
      .execute();
    const [line] = await getRegionSeries(store, { metric: 't3.new.total', regions: [{ id: county.id }] });
    const point = line?.points.find((p) => p.year === 2020);
    expect(point?.reportCount).toBe(values.length);
    expect(point?.value).toBe(values.reduce((sum, v) => sum + (v.value ?? 0), 0));
  });

  it('follow deletes, restores, corrections and new versions', async () => {
    const reports = await store.db
      .selectFrom('reports')
      .select(['id', 'agency_id', 'year', 'template'])
      .where('is_current', '=', true)
      .orderBy('id')
      .execute();
    const [first, second, third] = [reports[3], reports[20], reports[40]];
    if (!first || !second || !third) throw new Error('the synthetic world is too small');
    await deleteReport(store, first.id, actor);
    expect(await rollupDrift(store.db)).toEqual([]);
    await restoreReport(store, first.id, actor);
    expect(await rollupDrift(store.db)).toEqual([]);
    for (const [report, code, value] of [
      [second, 't3.new.total', 12_345],
      [third, 't2.fees.amount', 0.07],
      [third, 't3.new.total', null],
    ] as const) {
      await correctValue(store, { reportId: report.id, code, value, reason: '核对原件', actor });
      expect(await rollupDrift(store.db)).toEqual([]);
    }
    // A re-published report of an agency-year takes over; deleting it hands back to the first.
    const plan = world.plans[4];
    if (!plan) throw new Error('no plan');
    const republished = syntheticReport(plan, 2020, 99, '（更正）');
    const [stored] = await importParsedReports(store, [republished]);
    if (!stored || !('outcome' in stored)) throw new Error('the new version was not stored');
    expect(stored.outcome.version).toBeGreaterThan(1);
    expect(await rollupDrift(store.db)).toEqual([]);
    await expectReadsAgree();
    await deleteReport(store, stored.outcome.reportId, actor);
    expect(await rollupDrift(store.db)).toEqual([]);
  });

  it('follow a region that is placed in the tree after its agencies', async () => {
    // First met by name alone (no codes): an uncoded 戊县 outside the province.
    const loose = syntheticReport(
      {
        name: '戊县水利局',
        kind: 'department',
        region: '戊县',
        chain: { province: { name: '', code: '' }, city: { name: '', code: '' }, county: null },
        lateAdopter: false,
      },
      2020,
      5,
    );
    loose.parsed.regionChain = null;
    loose.parsed.regionCode = null;
    await importParsedReports(store, [loose]);
    const city = await store.db
      .selectFrom('regions')
      .select('id')
      .where('code', '=', '530200')
      .executeTakeFirstOrThrow();
    const before = await getRegionSeries(store, { metric: 't3.new.total', regions: [{ id: city.id }] });
    // Then a report names 戊县 with its code under 丙市: the uncoded region is adopted and moves.
    const coded = syntheticReport(
      {
        name: '戊县人民政府办公室',
        kind: 'government_office',
        region: '戊县',
        chain: {
          province: { name: '测试省', code: '530000' },
          city: { name: '丙市', code: '530200' },
          county: { name: '戊县', code: '530222' },
        },
        lateAdopter: false,
      },
      2020,
      6,
    );
    await importParsedReports(store, [coded]);
    expect(await rollupDrift(store.db)).toEqual([]);
    const after = await getRegionSeries(store, { metric: 't3.new.total', regions: [{ id: city.id }] });
    const count = (lines: typeof before) => lines[0]?.points.find((p) => p.year === 2020)?.reportCount ?? 0;
    const carried = [loose, coded].filter((r) => 't3.new.total' in r.parsed.values).length;
    expect(count(after)).toBe(count(before) + carried);
    await expectReadsAgree();
  });

  it('are rebuilt from the reports to the rows that were maintained', async () => {
    const rows = async () =>
      (await store.db.selectFrom('region_rollups').selectAll().execute())
        .filter((r) => r.reports !== 0 || r.flagged !== 0 || r.editions_2019 !== 0 || r.editions_2021 !== 0)
        .map((r) => ({ ...r, total: Math.round(r.total * 1e6) / 1e6, den: Math.round(r.den * 1e6) / 1e6 }))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const maintained = await rows();
    expect(maintained.length).toBeGreaterThan(100);
    await rebuildRollups(store.db);
    expect(await rows()).toEqual(maintained);
  });
});
