import type { Kysely } from 'kysely';
import type { SqlDialectName } from '../database.ts';
import { oneOf, withId } from './dialect-helpers.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow Database.
export async function up(db: Kysely<any>, dialect: SqlDialectName): Promise<void> {
  await db.schema
    .createTable('report_values')
    .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('blank', 'boolean', (c) => c.notNull())
    .addColumn('start', 'integer')
    .addColumn('end', 'integer')
    .addColumn('table', 'text')
    .addColumn('row', 'integer')
    .addColumn('col', 'integer')
    .addPrimaryKeyConstraint('report_values_pk', ['report_id', 'code'])
    .execute();
  // No code-first index on purpose: each import touches ~200 codes, so a (code, …) index would dirty
  // ~200 scattered pages per report and dominate import time. Reads reach values through reports
  // (agency/year indexes) and then this primary key, which imports only ever append to.

  await withId(db.schema.createTable('facts'), dialect)
    .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('code', 'text')
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('approximate', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.createIndex('facts_report_idx').on('facts').columns(['report_id', 'code']).execute();

  await withId(db.schema.createTable('findings'), dialect)
    .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull().check(oneOf('severity', ['error', 'warning', 'info'])))
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('codes', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('findings_report_idx')
    .on('findings')
    .columns(['report_id', 'severity'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('findings').execute();
  await db.schema.dropTable('facts').execute();
  await db.schema.dropTable('report_values').execute();
}
