import { type CompiledQuery, type DatabaseConnection, type QueryResult, SelectQueryNode } from 'kysely';
import type sqlite3 from 'sqlite3';
import { returnsRows } from './statement-kind.ts';

type Row = Record<string, unknown>;

/** The single `sqlite3` handle seen through Kysely's DatabaseConnection interface. */
/** Prepared selects kept per handle (least recently used go first). */
const MAX_PREPARED = 64;

export class Sqlite3Connection implements DatabaseConnection {
  readonly #db: sqlite3.Database;
  /**
   * Selects prepared once and run again with new parameters: \`db.all\` compiles the SQL and takes
   * two trips to the thread pool each time, a prepared statement one.
   */
  readonly #prepared = new Map<string, Promise<sqlite3.Statement>>();

  constructor(db: sqlite3.Database) {
    this.#db = db;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const { sql, parameters, query } = compiledQuery;
    if (SelectQueryNode.is(query)) return { rows: (await this.#select(sql, parameters)) as R[] };
    if (returnsRows(query)) {
      return { rows: (await this.#all(sql, parameters)) as R[] };
    }
    const { lastID, changes } = await this.#run(sql, parameters);
    const isInsert = query.kind === 'InsertQueryNode';
    return {
      rows: [],
      numAffectedRows: BigInt(changes),
      // lastID keeps its old value when an insert wrote nothing (e.g. `on conflict do nothing`).
      insertId: isInsert && changes > 0 ? BigInt(lastID) : undefined,
    };
  }

  /** Streams rows by stepping a prepared statement one row at a time, so memory stays flat. */
  async *streamQuery<R>(
    compiledQuery: CompiledQuery,
    chunkSize = 100,
  ): AsyncIterableIterator<QueryResult<R>> {
    const { sql, parameters, query } = compiledQuery;
    if (!returnsRows(query)) {
      throw new Error('sqlite3 dialect: only queries that return rows can be streamed');
    }
    const statement = await this.#prepare(sql, parameters);
    try {
      let chunk: R[] = [];
      for (let row = await step(statement); row !== undefined; row = await step(statement)) {
        chunk.push(row as R);
        if (chunk.length >= chunkSize) {
          yield { rows: chunk };
          chunk = [];
        }
      }
      if (chunk.length > 0) yield { rows: chunk };
    } finally {
      await new Promise<void>((resolve) => statement.finalize(() => resolve()));
    }
  }

  /** Runs SQL without parameters or results (pragmas, transaction control). */
  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#db.exec(sql, (error) => (error ? reject(error) : resolve()));
    });
  }

  /** Finalizes the prepared selects (before the handle closes). */
  async finalizePrepared(): Promise<void> {
    const all = [...this.#prepared.values()];
    this.#prepared.clear();
    for (const settled of await Promise.allSettled(all)) {
      if (settled.status === 'fulfilled') {
        await new Promise<void>((resolve) => settled.value.finalize(() => resolve()));
      }
    }
  }

  async #select(sql: string, parameters: readonly unknown[]): Promise<Row[]> {
    let prepared = this.#prepared.get(sql);
    if (prepared === undefined) {
      prepared = new Promise<sqlite3.Statement>((resolve, reject) => {
        const statement = this.#db.prepare(sql, (error: Error | null) =>
          error ? reject(error) : resolve(statement),
        );
      });
      this.#prepared.set(sql, prepared);
      // A statement that failed to prepare is not kept (the schema may be migrated before a retry).
      prepared.catch(() => {
        if (this.#prepared.get(sql) === prepared) this.#prepared.delete(sql);
      });
      if (this.#prepared.size > MAX_PREPARED) this.#evictOldest();
    } else {
      // Re-inserted so that Map order is least recently used first.
      this.#prepared.delete(sql);
      this.#prepared.set(sql, prepared);
    }
    const statement = await prepared;
    // \`all\` with parameters binds, resets and steps to the end in one queued operation of the
    // statement, so concurrent callers of the same statement never see each other's bindings.
    return new Promise((resolve, reject) => {
      statement.all(bindable(parameters), (error: Error | null, rows: Row[]) =>
        error ? reject(error) : resolve(rows),
      );
    });
  }

  #evictOldest(): void {
    const oldest = this.#prepared.keys().next();
    if (oldest.done) return;
    const prepared = this.#prepared.get(oldest.value);
    this.#prepared.delete(oldest.value);
    void prepared?.then(
      (statement) => statement.finalize(),
      () => undefined,
    );
  }

  #all(sql: string, parameters: readonly unknown[]): Promise<Row[]> {
    return new Promise((resolve, reject) => {
      this.#db.all(sql, bindable(parameters), (error: Error | null, rows: Row[]) =>
        error ? reject(error) : resolve(rows),
      );
    });
  }

  #run(sql: string, parameters: readonly unknown[]): Promise<{ lastID: number; changes: number }> {
    return new Promise((resolve, reject) => {
      this.#db.run(sql, bindable(parameters), function (this: sqlite3.RunResult, error: Error | null) {
        if (error) reject(error);
        else resolve({ lastID: this.lastID, changes: this.changes });
      });
    });
  }

  #prepare(sql: string, parameters: readonly unknown[]): Promise<sqlite3.Statement> {
    return new Promise((resolve, reject) => {
      const statement = this.#db.prepare(sql, bindable(parameters), (error: Error | null) =>
        error ? reject(error) : resolve(statement),
      );
    });
  }
}

/**
 * sqlite3 binds only Buffers as blobs (a bare Uint8Array would be bound as text) and has no boolean
 * type, so both are converted here rather than at every call site.
 */
function bindable(parameters: readonly unknown[]): unknown[] {
  return parameters.map((value) => {
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (value instanceof Uint8Array && !Buffer.isBuffer(value)) {
      return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    }
    return value;
  });
}

/** One `get` on a bound statement yields the next row (undefined once exhausted). */
function step(statement: sqlite3.Statement): Promise<Row | undefined> {
  return new Promise((resolve, reject) => {
    statement.get((error: Error | null, row: Row | undefined) => (error ? reject(error) : resolve(row)));
  });
}
