import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../store.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { migrateToLatest } from './migrate.ts';

const TABLES = [
  'agencies',
  'api_tokens',
  'audit_log',
  'data_version',
  'derived_values',
  'facts',
  'findings',
  'ledger_entries',
  'region_rollups',
  'regions',
  'report_values',
  'reports',
  'rollup_agencies',
  'rollup_dirty_regions',
  'sessions',
  'value_corrections',
];

describe.each(testStoreTargets())('migrations on $name', (target) => {
  let cleanup: () => Promise<void> = async () => {};
  afterEach(() => cleanup());

  it('create every table on a fresh store and do nothing the second time', async () => {
    const created = await target.create();
    cleanup = created.cleanup;

    const first = await openStore(created.url);
    // PostgreSQL introspection lists every schema of the server (other stores may share it): only
    // the store's own schema counts. SQLite tables carry no schema.
    const own =
      first.dialect === 'postgres'
        ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(first.db)).rows[0]?.schema
        : undefined;
    const tables = await first.db.introspection.getTables();
    expect(
      tables
        .filter((t) => t.schema === own)
        .map((t) => t.name)
        .sort(),
    ).toEqual(TABLES);
    const again = await migrateToLatest(first.db, first.dialect);
    expect(again).toEqual([]);
    await first.close();

    const second = await openStore(created.url);
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
      second.db,
    );
    expect(applied.rows.map((r) => r.name)).toEqual([
      '0001-regions-agencies',
      '0002-reports',
      '0003-report-contents',
      '0004-derived-values-regions',
      '0005-api-tokens',
      '0006-corrections-audit',
      '0007-data-version',
      '0010-ledger',
      '0020-token-expiry-sessions',
      '0030-read-model-indexes-rollups',
      '0031-rollup-chains',
      '0032-region-name-code-index',
    ]);
    await second.close();
  });

  it('enforce foreign keys and the frozen enum checks', async () => {
    const created = await target.create();
    cleanup = created.cleanup;
    const store = await openStore(created.url);
    try {
      await expect(
        store.db.insertInto('agencies').values({ name: 'x', kind: 'department', region_id: 999 }).execute(),
      ).rejects.toThrow();
      await expect(
        // @ts-expect-error: the check constraint must also stop values the types would stop.
        store.db.insertInto('agencies').values({ name: 'y', kind: 'ministry', region_id: null }).execute(),
      ).rejects.toThrow();
      const count = await store.db
        .selectFrom('agencies')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst();
      expect(Number(count?.n)).toBe(0);
    } finally {
      await store.close();
    }
  });
});
