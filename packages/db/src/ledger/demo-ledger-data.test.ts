import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AgencyKind } from '@nianbao/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { importLedger } from './import-ledger.ts';
import { ledgerDb } from './ledger-tables.ts';

const DATA = fileURLToPath(new URL('../../../../data/', import.meta.url));

/** The manifest fields this test reads (the demo package's type is not a dependency of the store). */
interface ManifestFile {
  agency: string;
  kind: AgencyKind;
  year: number;
  facts: Record<string, number>;
}

const manifest = JSON.parse(await readFile(`${DATA}reports/demo/manifest.json`, 'utf8')) as {
  files: ManifestFile[];
};

async function stored(store: Store) {
  const rows = await ledgerDb(store.db)
    .selectFrom('ledger_entries')
    .innerJoin('agencies', 'agencies.id', 'ledger_entries.agency_id')
    .select([
      'agencies.name',
      'month',
      'submitted',
      'adopted',
      'adopted_city',
      'adopted_province',
      'adopted_national',
    ])
    .where('year', '=', 2024)
    .execute();
  return rows.sort((a, b) => a.name.localeCompare(b.name) || a.month - b.month);
}

describe.each(testStoreTargets())('the committed demo ledger on $name', (target) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    const created = await target.create();
    cleanup = created.cleanup;
    store = await openStore(created.url);
    // The demo corpus's agencies, as importing its reports would create them.
    const agencies = new Map(manifest.files.map((f) => [f.agency, f.kind]));
    await store.db
      .insertInto('agencies')
      .values([...agencies].map(([name, kind]) => ({ name, kind, region_id: null })))
      .execute();
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it("imports without a rejected row and sums to each 2024 report's narrative 报送/采用 figures", async () => {
    const bytes = await readFile(`${DATA}ledger/demo-ledger-2024.xlsx`);
    const result = await importLedger(store, { fileName: 'demo-ledger-2024.xlsx', bytes, source: 'demo' });
    expect(result.rejected).toEqual([]);
    expect(result.skipped.map((s) => s.reason)).toEqual(['total', 'no_figures']);
    const totals = new Map<string, { submitted: number; adopted: number }>();
    for (const row of await stored(store)) {
      const t = totals.get(row.name) ?? { submitted: 0, adopted: 0 };
      totals.set(row.name, { submitted: t.submitted + row.submitted, adopted: t.adopted + row.adopted });
    }
    const reports = manifest.files.filter((f) => f.year === 2024);
    expect(totals.size).toBe(reports.length);
    let compared = 0;
    for (const report of reports) {
      const unit = totals.get(report.agency);
      const submitted = report.facts['narrative.info_submitted'];
      const adopted = report.facts['narrative.info_adopted'];
      if (submitted !== undefined) expect(unit?.submitted, report.agency).toBe(submitted);
      if (adopted !== undefined) expect(unit?.adopted, report.agency).toBe(adopted);
      if (submitted !== undefined) compared += 1;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('stores the same rows from the xlsx and the GB18030 CSV', async () => {
    const xlsx = await readFile(`${DATA}ledger/demo-ledger-2024.xlsx`);
    await importLedger(store, { fileName: 'demo-ledger-2024.xlsx', bytes: xlsx, source: 'demo' });
    const fromXlsx = await stored(store);
    await ledgerDb(store.db).deleteFrom('ledger_entries').execute();
    const csv = await readFile(`${DATA}ledger/demo-ledger-2024.csv`);
    const result = await importLedger(store, {
      fileName: 'demo-ledger-2024.csv',
      bytes: csv,
      source: 'demo',
    });
    expect(result).toMatchObject({ format: 'csv', encoding: 'gb18030', rejected: [] });
    expect(fromXlsx).toHaveLength(2616);
    expect(await stored(store)).toEqual(fromXlsx);
  });
});
