import { type Expression, type SqlBool, sql } from 'kysely';

/**
 * Case-insensitive "contains" that treats `%`, `_` and `\` in the user's text literally, written
 * so SQLite and PostgreSQL read it the same way (explicit ESCAPE, lower() on both sides).
 */
export function containsText(column: string, text: string): Expression<SqlBool> {
  const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return sql<SqlBool>`lower(${sql.ref(column)}) like lower(${`%${escaped}%`}) escape '\\'`;
}
