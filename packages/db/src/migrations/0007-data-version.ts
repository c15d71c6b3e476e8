import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { SqlDialectName } from '../database.ts';
import { bumpDataVersionOn, dropDataVersionTriggers, type RowEvent } from './data-version-triggers.ts';

/**
 * Tables whose rows GET responses are made of, with the events that change them. Triggers bump the
 * counter inside the writing transaction, so no write path (import, CLI, a future one) can forget
 * it. Inserts into report_values and facts are left out: they only ever come with a new report row
 * or an audit row, which bump already, and a per-row trigger there would cost ~200 updates per import.
 */
const WATCHED: readonly (readonly [string, readonly RowEvent[]])[] = [
  ['regions', ['insert', 'update', 'delete']],
  ['agencies', ['insert', 'update', 'delete']],
  ['reports', ['insert', 'update', 'delete']],
  ['report_values', ['update', 'delete']],
  ['facts', ['update', 'delete']],
  ['findings', ['insert', 'update', 'delete']],
  ['value_corrections', ['insert', 'update', 'delete']],
  ['audit_log', ['insert']],
  ['api_tokens', ['insert', 'update', 'delete']],
];

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow Database.
export async function up(db: Kysely<any>, dialect: SqlDialectName): Promise<void> {
  await db.schema
    .createTable('data_version')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    // A fresh store restarts at 0; the epoch keeps its ETags from matching an older store's.
    .addColumn('epoch', 'text', (c) => c.notNull())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await db
    .insertInto('data_version')
    .values({ id: 1, epoch: randomUUID().replaceAll('-', '').slice(0, 12), version: 0 })
    .execute();

  if (dialect === 'postgres') {
    await sql`create or replace function nianbao_bump_data_version() returns trigger language plpgsql as $$
      begin
        update data_version set version = version + 1 where id = 1;
        return null;
      end
    $$`.execute(db);
  }
  for (const [table, events] of WATCHED) await bumpDataVersionOn(db, dialect, table, events);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>, dialect: SqlDialectName): Promise<void> {
  for (const [table, events] of WATCHED) await dropDataVersionTriggers(db, dialect, table, events);
  if (dialect === 'postgres') await sql`drop function if exists nianbao_bump_data_version()`.execute(db);
  await db.schema.dropTable('data_version').execute();
}
