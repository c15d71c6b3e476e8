/**
 * Tells listeners, synchronously, that this process has just committed a write to its store. The
 * API keeps the data version in memory and refreshes it from the store on a poll; this signal
 * makes its own writes visible at once instead of after the poll.
 */
export class WriteSignal {
  readonly #listeners = new Set<() => void>();

  /** Calls `listener` after every committed write; returns the function that stops it. */
  on(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** Tells every listener (a throwing listener never stops the others or the write). */
  emit(): void {
    for (const listener of this.#listeners) {
      try {
        listener();
      } catch {
        // A listener's failure is its own; the write has committed either way.
      }
    }
  }
}
