import { type Insertable, type Kysely, SqliteAdapter, sql } from 'kysely';
import type { Database } from '../database.ts';

/** Thrown for a row value that cannot travel as JSON (bytes, objects). */
export class InsertRowsError extends Error {
  override readonly name = 'InsertRowsError';
}

type Cell = string | number | boolean | null;

/** Rows per statement on PostgreSQL: keeps one JSON parameter in the low megabytes. */
const PG_ROWS_PER_STATEMENT = 20_000;

/** Rows per statement on SQLite: bounds the JSON text and its parse tree the engine holds at once. */
export const SQLITE_ROWS_PER_STATEMENT = 10_000;

function jsonCell(table: string, column: string, value: unknown, booleans = false): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return booleans ? value : value ? 1 : 0;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new InsertRowsError(`${table}.${column}: ${String(value)} cannot be inserted through JSON`);
}

/**
 * Inserts rows of scalar columns in as few statements as the engine allows. On SQLite every row
 * travels in one JSON text parameter that `json_each` unpacks inside the engine: binding ~2,000
 * separate values per report from JavaScript cost more than the insert itself (measured 3–4×
 * slower for 20,000 value rows); PostgreSQL likewise, as records of the table's type.
 * Rows must all have the keys of the first; booleans are stored as 0/1 like the driver does.
 */
export async function insertRows<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first);
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) {
    // PostgreSQL reads the rows as records of the table's own type from one JSON parameter: a
    // statement with tens of thousands of parameters took longer to parse and plan than to run.
    const list = sql.join(columns.map((c) => sql.ref(c)));
    for (let i = 0; i < rows.length; i += PG_ROWS_PER_STATEMENT) {
      const json = JSON.stringify(
        rows.slice(i, i + PG_ROWS_PER_STATEMENT).map((row) => {
          const record = row as Record<string, unknown>;
          return Object.fromEntries(
            columns.map((column) => [column, jsonCell(table, column, record[column], true)]),
          );
        }),
      );
      await sql`insert into ${sql.table(table)} (${list}) select ${list} from json_populate_recordset(null::${sql.table(table)}, ${json}::json)`.execute(
        db,
      );
    }
    return;
  }
  const into = sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) select ${sql.join(
    columns.map((_, i) => sql`value ->> ${sql.lit(i)}`),
  )} from json_each(`;
  for (let i = 0; i < rows.length; i += SQLITE_ROWS_PER_STATEMENT) {
    const json = JSON.stringify(
      rows.slice(i, i + SQLITE_ROWS_PER_STATEMENT).map((row) => {
        const record = row as Record<string, unknown>;
        return columns.map((column) => jsonCell(table, column, record[column]));
      }),
    );
    await sql`${into}${json})`.execute(db);
  }
}
