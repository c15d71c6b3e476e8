import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../database.ts';

/**
 * SQLite has allowed 32,766 bound variables per statement since 3.32 (the sqlite3 package bundles
 * 3.44); PostgreSQL allows 65,535. A whole report's values (~200 rows × 10 columns) thus go in one
 * statement, and anything larger is split below the limit.
 */
export const MAX_PARAMETERS = 32_766;

/** Inserts rows with as few multi-row statements as the variable limit allows. */
export async function insertInChunks<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  maxParameters = MAX_PARAMETERS,
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const perRow = Math.max(1, Object.keys(first).length);
  const chunkSize = Math.max(1, Math.floor(maxParameters / perRow));
  for (let i = 0; i < rows.length; i += chunkSize) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + chunkSize))
      .execute();
  }
}
