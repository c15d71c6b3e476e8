import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  SelectQueryNode,
  type TransactionSettings,
} from 'kysely';
import sqlite3 from 'sqlite3';
import { ConnectionMutex } from './connection-mutex.ts';
import { ReaderPool } from './reader-pool.ts';
import { Sqlite3Connection } from './sqlite3-connection.ts';

/** Options of the `sqlite3` dialect. */
export interface Sqlite3DialectConfig {
  /** Path of the database file (`:memory:` for a throw-away database). */
  filename: string;
  /** How long a statement waits for another process's lock before failing with SQLITE_BUSY. */
  busyTimeoutMs?: number;
  /** Read-only handles for selects that arrive while the main handle is busy (file stores). Default 3. */
  readers?: number;
}

/** Page cache of the store's connection, in KiB. */
const CACHE_KIB = 65_536;

/** Page cache of each read-only handle, in KiB (filled only as pages are used). */
const READER_CACHE_KIB = 32_768;

/**
 * A connection handed to Kysely. It takes the main handle only when it must: a transaction, or any
 * statement but a select. A select outside a transaction runs on the main handle when that is free
 * (a lone caller, an import, behaves as with one handle) and on a read-only handle when it is busy.
 */
class Lease implements DatabaseConnection {
  readonly #driver: Sqlite3Driver;
  /** The main handle's lock, once this lease holds it (until released). */
  release: (() => void) | undefined;

  constructor(driver: Sqlite3Driver) {
    this.#driver = driver;
  }

  /** The main handle, held by this lease from now until Kysely releases it. */
  async primary(): Promise<Sqlite3Connection> {
    this.release ??= await this.#driver.lockPrimary();
    return this.#driver.primaryConnection();
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    if (this.release === undefined && SelectQueryNode.is(compiledQuery.query)) {
      return this.#driver.read((connection) => connection.executeQuery<R>(compiledQuery));
    }
    return (await this.primary()).executeQuery<R>(compiledQuery);
  }

  async *streamQuery<R>(
    compiledQuery: CompiledQuery,
    chunkSize?: number,
  ): AsyncIterableIterator<QueryResult<R>> {
    yield* (await this.primary()).streamQuery<R>(compiledQuery, chunkSize);
  }
}

/** Kysely driver over one `sqlite3` handle shared through a mutex, plus read-only handles for selects. */
export class Sqlite3Driver implements Driver {
  readonly #config: Sqlite3DialectConfig;
  readonly #mutex = new ConnectionMutex();
  #db: sqlite3.Database | undefined;
  #connection: Sqlite3Connection | undefined;
  #readers: ReaderPool | undefined;

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
    const readers = this.#config.readers ?? 3;
    if (this.#config.filename !== ':memory:' && this.#config.filename !== '' && readers > 0) {
      this.#readers = new ReaderPool({
        filename: this.#config.filename,
        size: readers,
        busyTimeoutMs: Math.max(0, Math.floor(this.#config.busyTimeoutMs ?? 5000)),
        cacheKib: READER_CACHE_KIB,
      });
    }
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    this.primaryConnection();
    return new Lease(this);
  }

  /** The main handle (whoever uses it must hold the lock). */
  primaryConnection(): Sqlite3Connection {
    const connection = this.#connection;
    if (!connection) throw new Error('sqlite3 dialect: the driver is not initialised or already destroyed');
    return connection;
  }

  /** Waits for the main handle's lock. */
  lockPrimary(): Promise<() => void> {
    return this.#mutex.lock();
  }

  /** Runs one read on the main handle when it is free at once, else on a read-only handle. */
  async read<T>(run: (connection: Sqlite3Connection) => Promise<T>): Promise<T> {
    const free = this.#mutex.tryLock();
    const readers = this.#readers;
    if (free !== undefined || readers === undefined) {
      const release = free ?? (await this.#mutex.lock());
      try {
        return await run(this.primaryConnection());
      } finally {
        release();
      }
    }
    const reader = await readers.acquire();
    try {
      return await run(reader.connection);
    } finally {
      readers.release(reader);
    }
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    // `immediate` takes the write lock up front, so a transaction that reads then writes never hits
    // SQLITE_BUSY half-way when another process (the API server, a CLI import) shares the file.
    const mode = settings.accessMode === 'read only' ? 'deferred' : 'immediate';
    await (await asLease(connection).primary()).exec(`begin ${mode}`);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await (await asSqlite3(connection)).exec('commit');
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await (await asSqlite3(connection)).exec('rollback');
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await (await asSqlite3(connection)).exec(`savepoint ${quoteIdentifier(name)}`);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await (await asSqlite3(connection)).exec(`rollback to ${quoteIdentifier(name)}`);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await (await asSqlite3(connection)).exec(`release ${quoteIdentifier(name)}`);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const lease = asLease(connection);
    const release = lease.release;
    lease.release = undefined;
    release?.();
  }

  async destroy(): Promise<void> {
    const readers = this.#readers;
    this.#readers = undefined;
    await readers?.destroy();
    await this.#connection?.finalizePrepared();
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

function asLease(connection: DatabaseConnection): Lease {
  if (connection instanceof Lease) return connection;
  throw new Error('sqlite3 dialect: received a connection that this driver did not create');
}

/** The main handle of a lease inside a transaction (begun, so it holds the lock already). */
async function asSqlite3(connection: DatabaseConnection): Promise<Sqlite3Connection> {
  return asLease(connection).primary();
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
