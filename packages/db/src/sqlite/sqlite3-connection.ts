import type { CompiledQuery, DatabaseConnection, QueryResult } from 'kysely';
import type sqlite3 from 'sqlite3';
import { returnsRows } from './statement-kind.ts';

type Row = Record<string, unknown>;

/** The single `sqlite3` handle seen through Kysely's DatabaseConnection interface. */
export class Sqlite3Connection implements DatabaseConnection {
  readonly #db: sqlite3.Database;

  constructor(db: sqlite3.Database) {
    this.#db = db;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const { sql, parameters, query } = compiledQuery;
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
