import sqlite3 from 'sqlite3';
import type { DataVersion } from './data-version.ts';

/**
 * Reads the data version of a SQLite store through a read-only handle of its own with one
 * prepared statement. Every GET reads the version (ETags, the response cache); through the shared
 * connection each read took the connection's lock, compiled its query and prepared a statement,
 * which made a cached answer cost ~2.5× a bare HTTP response. In WAL mode a second handle always
 * sees the latest commit, from this process or any other.
 */
export class SqliteVersionReader {
  readonly #filename: string;
  #opened: Promise<{ db: sqlite3.Database; statement: sqlite3.Statement }> | undefined;

  constructor(filename: string) {
    this.#filename = filename;
  }

  /** The current data version. */
  async read(): Promise<DataVersion> {
    const { statement } = await this.#open();
    // `all` resets the statement before stepping it to the end, in one trip to the thread pool:
    // every read starts a fresh snapshot, and no half-read statement pins an old one.
    const rows = await new Promise<{ epoch: string; version: number }[]>((resolve, reject) =>
      statement.all((error: Error | null, r: { epoch: string; version: number }[]) =>
        error ? reject(error) : resolve(r),
      ),
    );
    const row = rows[0];
    if (!row) throw new Error('the store has no data version row (migration 0007 missing)');
    return { epoch: row.epoch, version: Number(row.version) };
  }

  /** Closes the handle (if it was ever opened). */
  async close(): Promise<void> {
    const opened = this.#opened;
    this.#opened = undefined;
    if (!opened) return;
    const { db, statement } = await opened.catch(() => ({ db: undefined, statement: undefined }));
    if (!db || !statement) return;
    await new Promise<void>((resolve) => statement.finalize(() => resolve()));
    await new Promise<void>((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
  }

  #open() {
    this.#opened ??= new Promise((resolve, reject) => {
      const db = new sqlite3.Database(this.#filename, sqlite3.OPEN_READONLY, (error) => {
        if (error) return reject(error);
        db.configure('busyTimeout', 5000);
        const statement = db.prepare(
          'select epoch, version from data_version where id = 1',
          (e: Error | null) => (e ? reject(e) : resolve({ db, statement })),
        );
      });
    });
    const opened = this.#opened;
    // A failed open is retried on the next read rather than remembered.
    opened.catch(() => {
      if (this.#opened === opened) this.#opened = undefined;
    });
    return opened;
  }
}
