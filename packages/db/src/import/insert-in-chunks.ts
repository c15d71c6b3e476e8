import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../database.ts';

/**
 * SQLite builds before 3.32 allow 999 bound variables per statement; staying under that keeps
 * multi-row inserts portable to any sqlite3 build and far under PostgreSQL's 65,535.
 */
const MAX_PARAMETERS = 999;

/** Inserts rows with as few multi-row statements as the variable limit allows. */
export async function insertInChunks<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const perRow = Math.max(1, Object.keys(first).length);
  const chunkSize = Math.max(1, Math.floor(MAX_PARAMETERS / perRow));
  for (let i = 0; i < rows.length; i += chunkSize) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + chunkSize))
      .execute();
  }
}
