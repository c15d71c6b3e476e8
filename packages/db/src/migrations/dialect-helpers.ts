import { type CreateTableBuilder, type Expression, type SqlBool, sql } from 'kysely';
import type { SqlDialectName } from '../database.ts';

/** Adds the auto-numbered integer primary key `id` in each engine's own idiom. */
export function withId<T extends string>(builder: CreateTableBuilder<T, never>, dialect: SqlDialectName) {
  return dialect === 'postgres'
    ? builder.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : // autoincrement: ids of deleted rows are never reused, so a URL never points at another report.
      builder.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** The column type for raw bytes. */
export function blobType(dialect: SqlDialectName): 'bytea' | 'blob' {
  return dialect === 'postgres' ? 'bytea' : 'blob';
}

/** A `column in ('a', 'b')` check; the allowed values are frozen in each migration on purpose. */
export function oneOf(column: string, values: readonly string[]): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
