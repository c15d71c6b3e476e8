import { type Kysely, sql } from 'kysely';
import type { SqlDialectName } from '../database.ts';

/** A change to a table's rows that a trigger can watch. */
export type RowEvent = 'insert' | 'update' | 'delete';

/**
 * Makes every write of `events` to `table` bump the store's data version (the ETag source) inside
 * the writing transaction. Migration 0007 creates the counter (and, on PostgreSQL, the trigger
 * function); a later migration adding a table that GET responses read calls this for it.
 */
export async function bumpDataVersionOn(
  // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow Database.
  db: Kysely<any>,
  dialect: SqlDialectName,
  table: string,
  events: readonly RowEvent[],
): Promise<void> {
  if (dialect === 'postgres') {
    // Statement-level: one bump per statement, however many rows it writes.
    await sql`create trigger ${sql.id(`${table}_data_version`)} after ${sql.raw(events.join(' or '))} on ${sql.table(table)} for each statement execute function nianbao_bump_data_version()`.execute(
      db,
    );
    return;
  }
  // SQLite has row-level triggers only, and one event per trigger.
  for (const event of events) {
    await sql`create trigger ${sql.id(`${table}_${event}_data_version`)} after ${sql.raw(event)} on ${sql.table(table)} begin update data_version set version = version + 1 where id = 1; end`.execute(
      db,
    );
  }
}

/** Drops what bumpDataVersionOn created. */
export async function dropDataVersionTriggers(
  // biome-ignore lint/suspicious/noExplicitAny: see bumpDataVersionOn.
  db: Kysely<any>,
  dialect: SqlDialectName,
  table: string,
  events: readonly RowEvent[],
): Promise<void> {
  if (dialect === 'postgres') {
    await sql`drop trigger if exists ${sql.id(`${table}_data_version`)} on ${sql.table(table)}`.execute(db);
    return;
  }
  for (const event of events) {
    await sql`drop trigger if exists ${sql.id(`${table}_${event}_data_version`)}`.execute(db);
  }
}
