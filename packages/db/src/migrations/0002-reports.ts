import { type Kysely, sql } from 'kysely';
import type { SqlDialectName } from '../database.ts';
import { blobType, oneOf, withId } from './dialect-helpers.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow Database.
export async function up(db: Kysely<any>, dialect: SqlDialectName): Promise<void> {
  await withId(db.schema.createTable('reports'), dialect)
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id').onDelete('restrict'))
    .addColumn('year', 'integer')
    .addColumn('template', 'text', (c) => c.notNull().check(oneOf('template', ['2019', '2021', 'unknown'])))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', blobType(dialect), (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('encoding', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(oneOf('source', ['real', 'demo', 'upload'])))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_current', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(oneOf('status', ['ok', 'flagged'])))
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('reports_agency_year_idx')
    .on('reports')
    .columns(['agency_id', 'year'])
    .execute();
  await db.schema.createIndex('reports_year_idx').on('reports').columns(['year', 'id']).execute();
  // The same bytes are one report; a soft-deleted copy must not block importing the file again.
  await db.schema
    .createIndex('reports_sha256_live_uq')
    .unique()
    .on('reports')
    .column('sha256')
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reports').execute();
}
