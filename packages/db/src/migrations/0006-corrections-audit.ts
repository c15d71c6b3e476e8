import type { Kysely } from 'kysely';
import type { SqlDialectName } from '../database.ts';
import { oneOf, withId } from './dialect-helpers.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow Database.
export async function up(db: Kysely<any>, dialect: SqlDialectName): Promise<void> {
  await db.schema
    .createTable('value_corrections')
    .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('extracted_value', 'double precision')
    .addColumn('extracted_blank', 'boolean', (c) => c.notNull())
    .addColumn('extracted_present', 'boolean', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('corrected_by', 'text', (c) => c.notNull())
    .addColumn('corrected_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('value_corrections_pk', ['report_id', 'code'])
    .execute();

  // No foreign key to reports: the log must outlive anything it describes.
  await withId(db.schema.createTable('audit_log'), dialect)
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) =>
      c.notNull().check(oneOf('action', ['import', 'correct', 'delete', 'restore'])),
    )
    .addColumn('report_id', 'integer', (c) => c.notNull())
    .addColumn('code', 'text')
    .addColumn('old_value', 'double precision')
    .addColumn('new_value', 'double precision')
    .addColumn('reason', 'text')
    .addColumn('actor_token_id', 'integer')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_report_idx').on('audit_log').columns(['report_id', 'id']).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
  await db.schema.dropTable('value_corrections').execute();
}
