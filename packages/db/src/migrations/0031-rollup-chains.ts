import type { Kysely } from 'kysely';
import type { Database, SqlDialectName } from '../database.ts';
import { rebuildRollups } from '../rollups/rebuild-rollups.ts';

/*
 * Rollups counted once per agency (under its county or city) made a province's series add up the
 * rows of its ~650 counties and cities: 14 ms of a 24 ms answer at 300,000 reports, and a compare
 * of a province's cities 23 ms more. Each agency is now counted under every county, city and
 * province above it, so any of them reads its own few rows; rollup_agencies holds one row per
 * region of that chain (region null: counted nowhere).
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow Database.
export async function up(db: Kysely<any>, _dialect: SqlDialectName): Promise<void> {
  await db.schema.dropTable('rollup_agencies').execute();
  await db.schema
    .createTable('rollup_agencies')
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id').onDelete('cascade'))
    .addColumn('region_id', 'integer', (c) => c.references('regions.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rollup_agencies_agency_idx')
    .on('rollup_agencies')
    .column('agency_id')
    .execute();
  await rebuildRollups(db as Kysely<Database>);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rollup_agencies').execute();
  await db.schema
    .createTable('rollup_agencies')
    .addColumn('agency_id', 'integer', (c) => c.primaryKey().references('agencies.id').onDelete('cascade'))
    .addColumn('region_id', 'integer', (c) => c.references('regions.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .execute();
  await db.deleteFrom('region_rollups').execute();
}
