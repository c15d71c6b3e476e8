import type { Kysely } from 'kysely';
import type { SqlDialectName } from '../database.ts';
import { withId } from './dialect-helpers.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow Database.
export async function up(db: Kysely<any>, dialect: SqlDialectName): Promise<void> {
  // Null: the token never expires (every token made before this migration).
  await db.schema.alterTable('api_tokens').addColumn('expires_at', 'text').execute();

  // Dashboard logins. Only the sha256 of the cookie's secret is kept, like the tokens themselves;
  // no data-version triggers: logging in or out changes no figure any GET returns.
  await withId(db.schema.createTable('sessions'), dialect)
    .addColumn('session_hash', 'text', (c) => c.notNull().unique())
    .addColumn('token_id', 'integer', (c) => c.notNull().references('api_tokens.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_token_idx').on('sessions').column('token_id').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sessions').execute();
  await db.schema.alterTable('api_tokens').dropColumn('expires_at').execute();
}
