import { correctValue, deleteReport } from '@nianbao/db';
import { afterEach, describe, expect, it } from 'vitest';
import { type ApiFixture, apiFixture, testStoreTargets } from '../test-support/api-fixture.ts';

describe.each(testStoreTargets())('the response cache on $name', (target) => {
  let fixture: ApiFixture;
  afterEach(() => fixture.close());

  /** Counts the statements the store runs, by whether they read the data version. */
  const countQueries = (f: ApiFixture) => {
    const counts = { version: 0, other: 0 };
    const original = f.store.db;
    f.store.db = original.withPlugin({
      transformQuery(args) {
        const tables = JSON.stringify(args.node);
        if (tables.includes('"data_version"')) counts.version += 1;
        else counts.other += 1;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    return counts;
  };

  it('answers a repeated GET from the cache with the same body and ETag, and follows every write', async () => {
    fixture = await apiFixture(target);
    const counts = countQueries(fixture);
    const url = `/api/reports/${fixture.reportId}`;
    const first = await fixture.app.request(url);
    const firstBody = await first.text();
    const afterFirst = { ...counts };
    expect(afterFirst.other).toBeGreaterThan(0);
    const second = await fixture.app.request(url);
    expect(second.status).toBe(200);
    expect(await second.text()).toBe(firstBody);
    expect(second.headers.get('ETag')).toBe(first.headers.get('ETag'));
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    // Nothing but the data version (read beside the app's connection on SQLite) for the second answer.
    expect(counts.other).toBe(afterFirst.other);
    expect(counts.version).toBeLessThanOrEqual(afterFirst.version + 1);

    const code = 't3.new.total';
    const before = JSON.parse(firstBody).values.find((v: { code: string }) => v.code === code).value;
    await correctValue(fixture.store, {
      reportId: fixture.reportId,
      code,
      value: before + 7,
      reason: '核对原件',
      actor: { tokenId: null, name: 'test' },
    });
    const third = await fixture.app.request(url);
    const detail = (await third.json()) as { values: { code: string; value: number }[] };
    const corrected = detail.values.find((v) => v.code === code);
    expect(corrected?.value).toBe(before + 7);
    expect(third.headers.get('ETag')).not.toBe(first.headers.get('ETag'));

    await deleteReport(fixture.store, fixture.reportId, { tokenId: null, name: 'test' });
    expect((await fixture.app.request(url)).status).toBe(404);
  });

  it('renders every request afresh when turned off', async () => {
    fixture = await apiFixture(target, { responseCache: false });
    const counts = countQueries(fixture);
    await fixture.app.request('/api/regions');
    const once = counts.other;
    await fixture.app.request('/api/regions');
    expect(counts.other).toBe(2 * once);
  });
});
