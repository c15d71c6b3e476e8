import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { correctValue } from '../corrections/correct-value.ts';
import { importReport } from '../import/import-report.ts';
import { getSeries } from '../queries/get-series.ts';
import { listReports } from '../queries/list-reports.ts';
import { openStore, type Store } from '../store.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { createToken } from '../tokens/api-tokens.ts';
import { deleteReport, restoreReport } from '../versions/report-lifecycle.ts';
import { sampleAndRevision } from '../versions/revised-sample.ts';
import { getDataVersion } from './data-version.ts';

const actor = { tokenId: null, name: 'tester' };

describe.each(testStoreTargets())('data version on $name', (target) => {
  let store: Store;
  let cleanup: () => Promise<void>;

  let openedUrl: string;

  beforeEach(async () => {
    const created = await target.create();
    cleanup = created.cleanup;
    openedUrl = created.url;
    store = await openStore(created.url);
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it('moves on with every write, stays put for reads and failed writes', async () => {
    const { original, revised } = await sampleAndRevision();
    /** Whether the data version moved while `action` ran. */
    const moved = async (action: () => Promise<unknown>) => {
      const before = (await getDataVersion(store)).version;
      await action().catch(() => undefined);
      return (await getDataVersion(store)).version > before;
    };
    let reportId = 0;
    let agencyId = 0;
    expect(
      await moved(async () => {
        ({ reportId, agencyId } = await importReport(store, { fileName: 'a.txt', bytes: original }));
      }),
    ).toBe(true);
    expect(await moved(() => listReports(store, { page: 1, pageSize: 10 }))).toBe(false);
    expect(await moved(() => getSeries(store, { metric: 't2.normative.made', agency: [agencyId] }))).toBe(
      false,
    );
    // Same bytes again: `unchanged`, nothing written.
    expect(await moved(() => importReport(store, { fileName: 'a.txt', bytes: original }))).toBe(false);
    expect(await moved(() => importReport(store, { fileName: 'b.txt', bytes: revised }))).toBe(true);
    const correct = (code: string) => correctValue(store, { reportId, code, value: 1, reason: 'r', actor });
    expect(await moved(() => correct('t2.normative.made'))).toBe(true);
    expect(await moved(() => correct('d.applications.disclosed_rate'))).toBe(false);
    expect(await moved(() => deleteReport(store, reportId, actor))).toBe(true);
    expect(await moved(() => restoreReport(store, reportId, actor))).toBe(true);
    expect(await moved(() => createToken(store, { name: 'x', role: 'editor' }))).toBe(true);
  });

  it('sees a commit made through another connection at once, read after read', async () => {
    const { original } = await sampleAndRevision();
    const before = await getDataVersion(store);
    // Repeated reads must not pin an old snapshot.
    for (let i = 0; i < 3; i++) expect(await getDataVersion(store)).toEqual(before);
    const other = await openStore(openedUrl);
    try {
      await importReport(other, { fileName: 'other.txt', bytes: original });
      const after = await getDataVersion(store);
      expect(after.epoch).toBe(before.epoch);
      expect(after.version).toBeGreaterThan(before.version);
      expect(after).toEqual(await getDataVersion(other));
    } finally {
      await other.close();
    }
  });

  it('gives each store its own epoch and keeps it across reopening', async () => {
    const first = await getDataVersion(store);
    expect(first.epoch).toMatch(/^[0-9a-f]{12}$/);
    // One store at a time: Kysely's migrator looks for its tables in every PostgreSQL schema.
    await store.close();
    await cleanup();
    const created = await target.create();
    cleanup = created.cleanup;
    store = await openStore(created.url);
    const second = await getDataVersion(store);
    expect(second.epoch).not.toBe(first.epoch);
    await store.close();
    store = await openStore(created.url);
    expect(await getDataVersion(store)).toEqual(second);
  });
});
