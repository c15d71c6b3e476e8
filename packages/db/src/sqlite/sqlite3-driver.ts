import type { DatabaseConnection, Driver, TransactionSettings } from 'kysely';
import sqlite3 from 'sqlite3';
import { ConnectionMutex } from './connection-mutex.ts';
import { Sqlite3Connection } from './sqlite3-connection.ts';

/** Options of the `sqlite3` dialect. */
export interface Sqlite3DialectConfig {
  /** Path of the database file (`:memory:` for a throw-away database). */
  filename: string;
  /** How long a statement waits for another process's lock before failing with SQLITE_BUSY. */
  busyTimeoutMs?: number;
}

/** Page cache of the store's connection, in KiB. */
const CACHE_KIB = 65_536;

/** Kysely driver over one `sqlite3` handle, shared through a mutex. */
export class Sqlite3Driver implements Driver {
  readonly #config: Sqlite3DialectConfig;
  readonly #mutex = new ConnectionMutex();
  #db: sqlite3.Database | undefined;
  #connection: Sqlite3Connection | undefined;
  #release: (() => void) | undefined;

  constructor(config: Sqlite3DialectConfig) {
    this.#config = { ...config };
  }

  async init(): Promise<void> {
    const db = await openDatabase(this.#config.filename);
    this.#db = db;
    this.#connection = new Sqlite3Connection(db);
    // WAL lets the API read while an import writes; NORMAL sync is durable in WAL mode except for
    // the last commits on power loss, and makes per-report transactions several times faster.
    // A 64 MiB page cache instead of SQLite's 2 MiB keeps the indexes an import appends to (and a
    // province's rollup rows) in memory at province scale; it is filled only as pages are used.
    await this.#connection.exec(
      [
        `pragma busy_timeout = ${Math.max(0, Math.floor(this.#config.busyTimeoutMs ?? 5000))}`,
        'pragma journal_mode = WAL',
        'pragma synchronous = NORMAL',
        'pragma foreign_keys = ON',
        `pragma cache_size = -${CACHE_KIB}`,
      ].join(';\n'),
    );
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const connection = this.#connection;
    if (!connection) throw new Error('sqlite3 dialect: the driver is not initialised or already destroyed');
    this.#release = await this.#mutex.lock();
    return connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    // `immediate` takes the write lock up front, so a transaction that reads then writes never hits
    // SQLITE_BUSY half-way when another process (the API server, a CLI import) shares the file.
    const mode = settings.accessMode === 'read only' ? 'deferred' : 'immediate';
    await asSqlite3(connection).exec(`begin ${mode}`);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await asSqlite3(connection).exec('commit');
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await asSqlite3(connection).exec('rollback');
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await asSqlite3(connection).exec(`savepoint ${quoteIdentifier(name)}`);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await asSqlite3(connection).exec(`rollback to ${quoteIdentifier(name)}`);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await asSqlite3(connection).exec(`release ${quoteIdentifier(name)}`);
  }

  async releaseConnection(): Promise<void> {
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }

  async destroy(): Promise<void> {
    const db = this.#db;
    this.#db = undefined;
    this.#connection = undefined;
    if (!db) return;
    await new Promise<void>((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
  }
}

function openDatabase(filename: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(filename, (error) => (error ? reject(error) : resolve(db)));
  });
}

function asSqlite3(connection: DatabaseConnection): Sqlite3Connection {
  if (connection instanceof Sqlite3Connection) return connection;
  throw new Error('sqlite3 dialect: received a connection that this driver did not create');
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
