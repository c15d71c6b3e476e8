import {
  type CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  SelectQueryNode,
  type TransactionSettings,
} from 'kysely';
import type { WriteSignal } from './write-signal.ts';

/**
 * A connection that reports its writes: at once outside a transaction, at commit inside one. Any
 * statement but a select counts as a write (a raw statement is opaque): a spurious signal costs
 * one data-version read, a missed one would serve stale answers.
 */
class NotifyingConnection implements DatabaseConnection {
  readonly inner: DatabaseConnection;
  readonly #signal: WriteSignal;
  inTransaction = false;
  wrote = false;

  constructor(inner: DatabaseConnection, signal: WriteSignal) {
    this.inner = inner;
    this.#signal = signal;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    if (SelectQueryNode.is(compiledQuery.query)) return this.inner.executeQuery<R>(compiledQuery);
    try {
      return await this.inner.executeQuery<R>(compiledQuery);
    } finally {
      if (this.inTransaction) this.wrote = true;
      else this.#signal.emit();
    }
  }

  streamQuery<R>(compiledQuery: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(compiledQuery, chunkSize);
  }
}

/** The driver of a NotifyingDialect: the inner driver, its connections wrapped. */
class NotifyingDriver implements Driver {
  readonly #inner: Driver;
  readonly #signal: WriteSignal;
  readonly #wrapped = new WeakMap<DatabaseConnection, NotifyingConnection>();

  constructor(inner: Driver, signal: WriteSignal) {
    this.#inner = inner;
    this.#signal = signal;
  }

  init(): Promise<void> {
    return this.#inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const inner = await this.#inner.acquireConnection();
    let wrapped = this.#wrapped.get(inner);
    if (wrapped === undefined) {
      wrapped = new NotifyingConnection(inner, this.#signal);
      this.#wrapped.set(inner, wrapped);
    }
    return wrapped;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const c = unwrap(connection);
    await this.#inner.beginTransaction(c.inner, settings);
    c.inTransaction = true;
    c.wrote = false;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const c = unwrap(connection);
    try {
      await this.#inner.commitTransaction(c.inner);
    } finally {
      const wrote = c.wrote;
      c.inTransaction = false;
      c.wrote = false;
      if (wrote) this.#signal.emit();
    }
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const c = unwrap(connection);
    try {
      await this.#inner.rollbackTransaction(c.inner);
    } finally {
      c.inTransaction = false;
      c.wrote = false;
    }
  }

  async savepoint(connection: DatabaseConnection, name: string, compile: CompileQuery): Promise<void> {
    await savepoints(this.#inner).savepoint(unwrap(connection).inner, name, compile);
  }

  async rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: CompileQuery,
  ): Promise<void> {
    await savepoints(this.#inner).rollbackToSavepoint(unwrap(connection).inner, name, compile);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compile: CompileQuery): Promise<void> {
    await savepoints(this.#inner).releaseSavepoint(unwrap(connection).inner, name, compile);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.#inner.releaseConnection(unwrap(connection).inner);
  }

  destroy(): Promise<void> {
    return this.#inner.destroy();
  }
}

type CompileQuery = QueryCompiler['compileQuery'];

/** The inner driver's savepoint methods (both engines' drivers have them). */
function savepoints(
  driver: Driver,
): Required<Pick<Driver, 'savepoint' | 'rollbackToSavepoint' | 'releaseSavepoint'>> {
  const { savepoint, rollbackToSavepoint, releaseSavepoint } = driver;
  if (!savepoint || !rollbackToSavepoint || !releaseSavepoint) {
    throw new Error('write-notifying dialect: the wrapped driver does not support savepoints');
  }
  return {
    savepoint: savepoint.bind(driver),
    rollbackToSavepoint: rollbackToSavepoint.bind(driver),
    releaseSavepoint: releaseSavepoint.bind(driver),
  };
}

function unwrap(connection: DatabaseConnection): NotifyingConnection {
  if (connection instanceof NotifyingConnection) return connection;
  throw new Error('write-notifying dialect: received a connection that this driver did not create');
}

/** Wraps a dialect so that every committed write of its connections emits `signal`. */
export class WriteNotifyingDialect implements Dialect {
  readonly #inner: Dialect;
  readonly #signal: WriteSignal;

  constructor(inner: Dialect, signal: WriteSignal) {
    this.#inner = inner;
    this.#signal = signal;
  }

  createDriver(): Driver {
    return new NotifyingDriver(this.#inner.createDriver(), this.#signal);
  }

  createQueryCompiler(): QueryCompiler {
    return this.#inner.createQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return this.#inner.createAdapter();
  }

  // biome-ignore lint/suspicious/noExplicitAny: Kysely's Dialect interface is typed with Kysely<any>.
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return this.#inner.createIntrospector(db);
  }
}
