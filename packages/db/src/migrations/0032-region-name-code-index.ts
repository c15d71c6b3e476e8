import type { Kysely } from 'kysely';
import type { SqlDialectName } from '../database.ts';

/*
 * The import looks regions up by name among those without a code (a township first met by name,
 * an orphan waiting for its parent). Given `code is null`, SQLite chose the code index and read
 * every uncoded region, ~16,000 townships at 300,000 reports: 3.9 ms a look-up, growing with the
 * store. An index on (name, code) answers both conditions; it also serves every look-up by name,
 * so the name-only index it replaces is dropped.
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow Database.
export async function up(db: Kysely<any>, _dialect: SqlDialectName): Promise<void> {
  await db.schema.createIndex('regions_name_code_idx').on('regions').columns(['name', 'code']).execute();
  await db.schema.dropIndex('regions_name_idx').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('regions_name_idx').on('regions').column('name').execute();
  await db.schema.dropIndex('regions_name_code_idx').execute();
}
