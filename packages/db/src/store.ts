import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DataVersion } from './data-version/data-version.ts';
import { SqliteVersionReader } from './data-version/sqlite-version-reader.ts';
import { WriteNotifyingDialect } from './data-version/write-notifying-dialect.ts';
import { WriteSignal } from './data-version/write-signal.ts';
import type { Database, SqlDialectName } from './database.ts';
import { migrateToLatest } from './migrations/migrate.ts';
import { Sqlite3Dialect } from './sqlite/sqlite3-dialect.ts';

/** An open, migrated database. */
export interface Store {
  db: Kysely<Database>;
  dialect: SqlDialectName;
  close(): Promise<void>;
  /** A cheaper way to the data version than a query through `db` (see getDataVersion), if any. */
  readDataVersion?: (() => Promise<DataVersion>) | undefined;
  /**
   * Calls `listener` synchronously after each write this store's connections commit (any write:
   * it may or may not move the data version); returns the function that stops it.
   */
  onWrite?: ((listener: () => void) => () => void) | undefined;
}

/** Where a store lives, decoded from its URL. */
export type StoreLocation = { dialect: 'sqlite'; filename: string } | { dialect: 'postgres'; url: string };

/** Thrown for a store URL that names neither a file nor a PostgreSQL server. */
export class StoreUrlError extends Error {
  constructor(url: string) {
    super(`not a store URL: ${JSON.stringify(url)} (expected file:…, a file path, or postgres://…)`);
    this.name = 'StoreUrlError';
  }
}

/**
 * Decodes `file:///abs.db`, `file:/abs.db`, `file:relative.db`, a plain path (relative paths are
 * taken from the working directory), `:memory:`, or `postgres://` / `postgresql://`.
 */
export function parseStoreUrl(url: string): StoreLocation {
  const trimmed = url.trim();
  if (trimmed === '') throw new StoreUrlError(url);
  if (/^postgres(ql)?:\/\//i.test(trimmed)) return { dialect: 'postgres', url: trimmed };
  if (trimmed === ':memory:') return { dialect: 'sqlite', filename: ':memory:' };
  if (trimmed.startsWith('file://')) return { dialect: 'sqlite', filename: fileURLToPath(trimmed) };
  const path = trimmed.startsWith('file:') ? trimmed.slice('file:'.length) : trimmed;
  // Anything else with a scheme (http:, mysql:) is a mistake, not a file name. One letter is a drive.
  if (path === '' || /^[a-z][a-z0-9+.-]+:/i.test(path)) throw new StoreUrlError(url);
  return { dialect: 'sqlite', filename: resolve(path) };
}

/** Opens (creating if needed) the store at `url` and migrates it to the latest schema. */
export async function openStore(url: string): Promise<Store> {
  const location = parseStoreUrl(url);
  const writes = new WriteSignal();
  const db = await connect(location, writes);
  // A file store reads its data version through a handle of its own (see SqliteVersionReader).
  const versions =
    location.dialect === 'sqlite' && location.filename !== ':memory:'
      ? new SqliteVersionReader(location.filename)
      : undefined;
  const store: Store = {
    db,
    dialect: location.dialect,
    close: async () => {
      await versions?.close();
      await db.destroy();
    },
    ...(versions ? { readDataVersion: () => versions.read() } : {}),
    onWrite: (listener) => writes.on(listener),
  };
  try {
    await migrateToLatest(db, location.dialect);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

async function connect(location: StoreLocation, writes: WriteSignal): Promise<Kysely<Database>> {
  if (location.dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: location.url, max: 10 });
    // An idle client losing its server (restart, failover) is emitted here and would otherwise crash
    // the process; the pool drops that client and the next query reports the outage to its caller.
    pool.on('error', () => {});
    return new Kysely<Database>({
      dialect: new WriteNotifyingDialect(new PostgresDialect({ pool }), writes),
    });
  }
  if (location.filename !== ':memory:') await mkdir(dirname(location.filename), { recursive: true });
  return new Kysely<Database>({
    dialect: new WriteNotifyingDialect(new Sqlite3Dialect({ filename: location.filename }), writes),
  });
}
