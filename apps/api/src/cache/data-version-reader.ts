import type { DataVersion } from '@nianbao/db';

/**
 * Reads the store's data version for many concurrent requests with few queries and never a stale
 * answer. A request that arrives while a read is under way may not use it (it may have started
 * before a write the request must see); it waits for the next read instead, which starts when the
 * current one ends. So at most one read runs and one waits, whatever the number of requests: at
 * concurrency 10 one query serves up to ten GETs instead of one each.
 */
export class DataVersionReader {
  readonly #query: () => Promise<DataVersion>;
  #current: Promise<DataVersion> | undefined;
  #next: Promise<DataVersion> | undefined;

  /** `query` reads the version from the store (getDataVersion). */
  constructor(query: () => Promise<DataVersion>) {
    this.#query = query;
  }

  /** A data version read that started after this call. */
  read(): Promise<DataVersion> {
    const current = this.#current;
    if (current === undefined) return this.#start();
    if (this.#next === undefined) {
      const after = () => {
        this.#next = undefined;
        return this.#start();
      };
      this.#next = current.then(after, after);
    }
    return this.#next;
  }

  #start(): Promise<DataVersion> {
    const read: Promise<DataVersion> = this.#query().finally(() => {
      if (this.#current === read) this.#current = undefined;
    });
    this.#current = read;
    return read;
  }
}
