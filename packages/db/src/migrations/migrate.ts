import { type Kysely, type MigrationResult, Migrator } from 'kysely';
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
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider(dialect) });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    throw new MigrationError(results.find((r) => r.status === 'Error')?.migrationName, error);
  }
  return results;
}
