import type { Kysely } from 'kysely';
import type { SqlDialectName } from '../database.ts';
import { oneOf, withId } from './dialect-helpers.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow Database.
export async function up(db: Kysely<any>, dialect: SqlDialectName): Promise<void> {
  await withId(db.schema.createTable('api_tokens'), dialect)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(oneOf('role', ['reader', 'editor', 'admin'])))
    // sha256 of the token: a stolen database does not hand out working tokens.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('api_tokens').execute();
}
