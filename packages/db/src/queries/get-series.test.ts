import { seriesDtoSchema } from '@nianbao/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store.ts';
import { seedWorld } from '../test-support/seed-world.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { getSeries, UnknownMetricError } from './get-series.ts';

describe.each(testStoreTargets())('getSeries on $name', (target) => {
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

  it('charts printed values of current, live, dated reports per agency in the order asked', async () => {
    const { agencies, reports, inputs } = world;
    const series = await getSeries(store, {
      metric: 't2.normative.made',
      agency: [agencies.bureau, agencies.office, 424242],
    });
    expect(series.metric).toBe('t2.normative.made');
    expect(seriesDtoSchema.parse(series)).toEqual(series);
    expect(series.series).toEqual([
      {
        agencyId: agencies.bureau,
        agencyName: '嵩县教育局',
        points: [{ year: 2021, value: 3, reportId: reports.bureau2021 }],
      },
      {
        agencyId: agencies.office,
        agencyName: '嵩县人民政府办公室',
        points: [
          { year: 2019, value: inputs.values2019['t2.normative.made'], reportId: reports.office2019 },
          { year: 2020, value: inputs.values2020['t2.normative.made'], reportId: reports.office2020 },
        ],
      },
    ]);
  });

  it('limits the years and keeps blank or absent values as null points', async () => {
    const { agencies, reports } = world;
    const series = await getSeries(store, {
      metric: 't3.new.total',
      agency: [agencies.office],
      from: 2020,
      to: 2020,
    });
    expect(series.series[0]?.points).toEqual([{ year: 2020, value: null, reportId: reports.office2020 }]);
    const none = await getSeries(store, { metric: 't3.new.total', agency: [agencies.empty] });
    expect(none.series).toEqual([{ agencyId: agencies.empty, agencyName: '嵩县档案馆', points: [] }]);
  });

  it('computes derived metrics and category sums from the stored values', async () => {
    const { agencies, inputs } = world;
    const v = inputs.values2019;
    const rate = await getSeries(store, {
      metric: 'd.applications.disclosed_rate',
      agency: [agencies.office],
    });
    const expected =
      (((v['t3.granted.total'] ?? 0) + (v['t3.partial.total'] ?? 0)) / (v['t3.total.total'] ?? Number.NaN)) *
      100;
    expect(rate.series[0]?.points.map((p) => p.value)).toEqual([expected, null]);

    const denied = await getSeries(store, { metric: 't3.denied.total', agency: [agencies.office], to: 2019 });
    // The blank third-party cell counts as zero in the sum.
    expect(denied.series[0]?.points[0]?.value).toBe(v['t3.denied.state_secret.total']);

    const other = await getSeries(store, { metric: 't3.other.total', agency: [agencies.bureau] });
    expect(other.series[0]?.points[0]?.value).toBe(3);
  });

  it('reads narrative metrics from the first coded fact and feeds them to d.* formulas', async () => {
    const { agencies, inputs } = world;
    const submitted = inputs.facts2019.find((f) => f.code === 'narrative.info_submitted')?.value;
    const adopted = inputs.facts2019.find((f) => f.code === 'narrative.info_adopted')?.value;
    const facts = await getSeries(store, {
      metric: 'narrative.info_submitted',
      agency: [agencies.office],
      to: 2019,
    });
    const rate = await getSeries(store, {
      metric: 'd.info.adoption_rate',
      agency: [agencies.office],
      to: 2019,
    });
    expect(facts.series[0]?.points[0]?.value).toBe(submitted);
    expect(rate.series[0]?.points[0]?.value).toBe(((adopted ?? 0) / (submitted ?? Number.NaN)) * 100);
  });

  it('rejects a metric code that is not in the catalogue', async () => {
    await expect(getSeries(store, { metric: 't2.normative.invented', agency: [1] })).rejects.toThrow(
      UnknownMetricError,
    );
    await expect(getSeries(store, { metric: 'nope', agency: [] })).rejects.toThrow(
      /unknown metric code "nope"/,
    );
  });
});
