import type { DataVersion } from '@nianbao/db';
import { DataVersionReader } from './data-version-reader.ts';

/** How the data version is kept in memory. */
export interface DataVersionWatchOptions {
  /** How often the store is asked while requests come in (another process's writes). Default 250 ms. */
  pollMs?: number;
  /** A version read longer ago than this is never used: requests read afresh. Default 2 × pollMs. */
  maxAgeMs?: number;
  /** Polling stops after this long without a request (and restarts with the next). Default 10 s. */
  idleMs?: number;
  /** The clock in ms; tests pass their own. */
  now?: () => number;
}

interface Known {
  at: DataVersion;
  /** When the read that found it was asked for (its snapshot is no older than this). */
  askedAt: number;
}

/**
 * The store's data version, kept in memory so that a GET (ETag, response cache) costs no query.
 * - This process's own writes call `invalidate()` synchronously (Store.onWrite, and the app after
 *   every unsafe request): the next request reads the version afresh, so a client always sees its
 *   own write at once.
 * - Writes by another process (the CLI importer on the same SQLite file, another API node on the
 *   same PostgreSQL) are found by a poll every `pollMs` while requests come in, so they show within
 *   `pollMs` plus one read; a version older than `maxAgeMs` is never used (a stalled poll makes
 *   requests read the store themselves, as every request did before).
 * - After `idleMs` without requests the poll stops; the first request after that reads afresh.
 */
export class DataVersionWatch {
  readonly #reader: DataVersionReader;
  readonly #pollMs: number;
  readonly #maxAgeMs: number;
  readonly #idleMs: number;
  readonly #now: () => number;
  #known: Known | undefined;
  /** Moves on with every invalidation: reads asked for before it may not set #known. */
  #generation = 0;
  #timer: ReturnType<typeof setInterval> | undefined;
  #polling = false;
  #lastUse = 0;

  /** `query` reads the version from the store (getDataVersion). */
  constructor(query: () => Promise<DataVersion>, options: DataVersionWatchOptions = {}) {
    this.#reader = new DataVersionReader(query);
    this.#pollMs = Math.max(1, options.pollMs ?? 250);
    this.#maxAgeMs = options.maxAgeMs ?? 2 * this.#pollMs;
    this.#idleMs = options.idleMs ?? 10_000;
    this.#now = options.now ?? (() => performance.now());
  }

  /** The version when one known recently enough is at hand, without waiting; else undefined. */
  peek(): DataVersion | undefined {
    const now = this.#now();
    this.#lastUse = now;
    if (this.#timer === undefined) this.#startPolling();
    const known = this.#known;
    if (known === undefined || now - known.askedAt > this.#maxAgeMs) return undefined;
    return known.at;
  }

  /** The version: the one in memory when fresh enough, else a read that starts after this call. */
  read(): Promise<DataVersion> {
    const known = this.peek();
    return known !== undefined ? Promise.resolve(known) : this.#fresh();
  }

  /** Forgets the version: this process has just written, so the next request reads it afresh. */
  invalidate(): void {
    this.#generation += 1;
    this.#known = undefined;
  }

  /** Asks the store now (what the timer does every pollMs); resolves when the answer is in. */
  async poll(): Promise<void> {
    if (this.#polling) return;
    this.#polling = true;
    try {
      await this.#fresh();
    } catch {
      // Requests read the store themselves until a read succeeds, and report the failure.
      this.#known = undefined;
    } finally {
      this.#polling = false;
    }
  }

  /** Stops polling (the next request starts it again). */
  close(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  async #fresh(): Promise<DataVersion> {
    const generation = this.#generation;
    const askedAt = this.#now();
    const at = await this.#reader.read();
    const known = this.#known;
    if (generation === this.#generation && (known === undefined || known.askedAt <= askedAt)) {
      this.#known = { at, askedAt };
    }
    return at;
  }

  #startPolling(): void {
    this.#timer = setInterval(() => {
      if (this.#now() - this.#lastUse > this.#idleMs) return this.close();
      void this.poll();
    }, this.#pollMs);
    // A server's sockets keep the process alive; the poll alone never should.
    this.#timer.unref?.();
  }
}
