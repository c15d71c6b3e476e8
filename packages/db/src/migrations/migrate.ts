import { type Kysely, type MigrationResult, Migrator, sql } from 'kysely';
import type { Database, SqlDialectName } from '../database.ts';
import { StaticMigrationProvider } from './migration-provider.ts';

/** A migration failed; the store is left at the last migration that succeeded. */
export class MigrationError extends Error {
  readonly migrationName: string | undefined;

  constructor(migrationName: string | undefined, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`migration ${migrationName ?? '(setup)'} failed: ${reason}`, { cause });
    this.name = 'MigrationError';
    this.migrationName = migrationName;
  }
}

/** Brings the schema to the newest migration; running it again is a no-op. */
export async function migrateToLatest(
  db: Kysely<Database>,
  dialect: SqlDialectName,
): Promise<readonly MigrationResult[]> {
  // On PostgreSQL, Kysely looks for its bookkeeping tables in *every* schema unless told which one;
  // a store living in one schema (tests, or an installation sharing a server) would then see another
  // store's migration table and fail. Pin it to the schema the connection actually uses.
  const migrationTableSchema =
    dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider: new StaticMigrationProvider(dialect),
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    throw new MigrationError(results.find((r) => r.status === 'Error')?.migrationName, error);
  }
  return results;
}
