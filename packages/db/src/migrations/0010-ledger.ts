import { type Kysely, sql } from 'kysely';
import type { SqlDialectName } from '../database.ts';
import { bumpDataVersionOn, dropDataVersionTriggers } from './data-version-triggers.ts';
import { oneOf, withId } from './dialect-helpers.ts';

const EVENTS = ['insert', 'update', 'delete'] as const;

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow Database.
export async function up(db: Kysely<any>, dialect: SqlDialectName): Promise<void> {
  await withId(db.schema.createTable('ledger_entries'), dialect)
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('month', 'integer', (c) => c.notNull().check(sql`month between 1 and 12`))
    .addColumn('submitted', 'integer', (c) => c.notNull().check(sql`submitted >= 0`))
    .addColumn('adopted', 'integer', (c) => c.notNull().check(sql`adopted >= 0`))
    .addColumn('adopted_city', 'integer')
    .addColumn('adopted_province', 'integer')
    .addColumn('adopted_national', 'integer')
    .addColumn('source', 'text', (c) => c.notNull().check(oneOf('source', ['real', 'demo', 'upload'])))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sheet', 'text')
    .addColumn('row', 'integer', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('ledger_entries_agency_month', ['agency_id', 'year', 'month'])
    .addCheckConstraint('ledger_entries_adopted_le_submitted', sql`adopted <= submitted`)
    .execute();
  await db.schema
    .createIndex('ledger_entries_year_month')
    .on('ledger_entries')
    .columns(['year', 'month'])
    .execute();
  // The API's ETags follow the data version; ledger writes must move it too.
  await bumpDataVersionOn(db, dialect, 'ledger_entries', EVENTS);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>, dialect: SqlDialectName): Promise<void> {
  await dropDataVersionTriggers(db, dialect, 'ledger_entries', EVENTS);
  await db.schema.dropTable('ledger_entries').execute();
}
