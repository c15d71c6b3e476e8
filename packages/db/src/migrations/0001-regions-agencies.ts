import type { Kysely } from 'kysely';
import type { SqlDialectName } from '../database.ts';
import { oneOf, withId } from './dialect-helpers.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow Database.
export async function up(db: Kysely<any>, dialect: SqlDialectName): Promise<void> {
  await withId(db.schema.createTable('regions'), dialect)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('code', 'text')
    .addColumn('level', 'text', (c) => c.check(oneOf('level', ['province', 'city', 'county', 'township'])))
    .addColumn('parent_id', 'integer', (c) => c.references('regions.id').onDelete('set null'))
    .execute();
  // Region names repeat across the country (鼓楼区), so only the GB/T 2260 code is unique.
  await db.schema.createIndex('regions_code_uq').unique().on('regions').column('code').execute();
  await db.schema.createIndex('regions_name_idx').on('regions').column('name').execute();

  await withId(db.schema.createTable('agencies'), dialect)
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(oneOf('kind', ['government', 'government_office', 'department', 'township', 'other'])),
    )
    .addColumn('region_id', 'integer', (c) => c.references('regions.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('agencies_region_idx').on('agencies').column('region_id').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('agencies').execute();
  await db.schema.dropTable('regions').execute();
}
