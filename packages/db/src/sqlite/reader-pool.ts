import sqlite3 from 'sqlite3';
import { Sqlite3Connection } from './sqlite3-connection.ts';

interface Reader {
  db: sqlite3.Database;
  connection: Sqlite3Connection;
}

/**
 * Read-only handles on the store's file for selects that arrive while the main handle is busy. In
 * WAL mode each starts a fresh snapshot per statement and sees every commit made before it, from
 * this process or any other; they never block the writer. sqlite3 runs each handle's statements on
 * the libuv thread pool, so concurrent API reads no longer queue behind one handle.
 */
export class ReaderPool {
  readonly #filename: string;
  readonly #size: number;
  readonly #busyTimeoutMs: number;
  readonly #cacheKib: number;
  readonly #idle: Reader[] = [];
  readonly #all: Promise<Reader>[] = [];
  readonly #waiting: { resolve(reader: Reader): void; reject(error: Error): void }[] = [];
  #closed = false;

  constructor(options: { filename: string; size: number; busyTimeoutMs: number; cacheKib: number }) {
    this.#filename = options.filename;
    this.#size = options.size;
    this.#busyTimeoutMs = options.busyTimeoutMs;
    this.#cacheKib = options.cacheKib;
  }

  /** A reader: an idle one, a new one while fewer than `size` are open, else the next released. */
  async acquire(): Promise<Reader> {
    // A read that comes after close (a late poll, say) must not open a handle nobody will close:
    // it would hold the file (and recreate its -shm) after the store said it was done with it.
    if (this.#closed) throw new Error('sqlite3 dialect: the store is closed');
    const idle = this.#idle.pop();
    if (idle !== undefined) return idle;
    if (this.#all.length < this.#size) {
      const opening = this.#open();
      this.#all.push(opening);
      try {
        return await opening;
      } catch (error) {
        this.#all.splice(this.#all.indexOf(opening), 1);
        throw error;
      }
    }
    return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
  }

  /** Gives a reader back (to the longest waiter first). */
  release(reader: Reader): void {
    const next = this.#waiting.shift();
    if (next !== undefined) next.resolve(reader);
    else this.#idle.push(reader);
  }

  /** Closes every reader. */
  async destroy(): Promise<void> {
    this.#closed = true;
    for (const waiter of this.#waiting.splice(0))
      waiter.reject(new Error('sqlite3 dialect: the store is closed'));
    const all = this.#all.splice(0);
    this.#idle.length = 0;
    for (const opened of await Promise.allSettled(all)) {
      if (opened.status !== 'fulfilled') continue;
      const { db, connection } = opened.value;
      await connection.finalizePrepared();
      await new Promise<void>((resolve) => db.close(() => resolve()));
    }
  }

  #open(): Promise<Reader> {
    return new Promise((resolve, reject) => {
      const db = new sqlite3.Database(this.#filename, sqlite3.OPEN_READONLY, (error) => {
        if (error) return reject(error);
        const connection = new Sqlite3Connection(db);
        connection
          .exec(`pragma busy_timeout = ${this.#busyTimeoutMs}; pragma cache_size = -${this.#cacheKib}`)
          .then(() => resolve({ db, connection }), reject);
      });
    });
  }
}
