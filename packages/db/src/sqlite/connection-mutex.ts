/**
 * A first-come, first-served lock. SQLite gives us one handle per file; whoever holds the lock owns
 * that handle, so a transaction's statements can never interleave with another caller's.
 */
export class ConnectionMutex {
  #tail: Promise<void> = Promise.resolve();

  /** Waits for every earlier holder, then returns the function that releases the lock. */
  async lock(): Promise<() => void> {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = this.#tail;
    this.#tail = previous.then(() => held);
    await previous;
    return release;
  }
}
