/**
 * A first-come, first-served lock. SQLite gives us one handle per file; whoever holds the lock owns
 * that handle, so a transaction's statements can never interleave with another caller's.
 */
export class ConnectionMutex {
  #tail: Promise<void> = Promise.resolve();
  /** Holders and waiters. */
  #count = 0;

  /** Waits for every earlier holder, then returns the function that releases the lock. */
  async lock(): Promise<() => void> {
    const { release, previous } = this.#enqueue();
    await previous;
    return release;
  }

  /** The lock at once when nobody holds or awaits it; undefined otherwise. */
  tryLock(): (() => void) | undefined {
    if (this.#count > 0) return undefined;
    return this.#enqueue().release;
  }

  #enqueue(): { release: () => void; previous: Promise<void> } {
    this.#count += 1;
    let resolve: () => void = () => {};
    const held = new Promise<void>((r) => {
      resolve = r;
    });
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.#count -= 1;
      resolve();
    };
    const previous = this.#tail;
    this.#tail = previous.then(() => held);
    return { release, previous };
  }
}
