import { randomBytes } from 'node:crypto';

/** A previewed upload waiting to be committed. */
export interface PendingUpload {
  fileName: string;
  bytes: Uint8Array;
}

export interface PreviewCacheOptions {
  /** Most previews kept at once (oldest dropped first). Default 200. */
  maxEntries?: number;
  /** Most bytes kept at once (oldest dropped first). Default 256 MiB. */
  maxBytes?: number;
  /** How long a preview can be committed. Default 30 minutes. */
  ttlMs?: number;
  /** The clock; tests pass their own instead of waiting. */
  now?: () => number;
}

interface Entry extends PendingUpload {
  expiresAt: number;
}

/**
 * Previewed files kept in memory between POST /api/reports and POST /api/reports/commit, so the
 * browser uploads each file once. Bounded in count, bytes and time: a preview that is never
 * committed costs memory for at most `ttlMs`, and a flood of uploads pushes out the oldest.
 */
export class PreviewCache {
  readonly #entries = new Map<string, Entry>();
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  readonly #ttlMs: number;
  readonly #now: () => number;
  #bytes = 0;

  constructor(options: PreviewCacheOptions = {}) {
    this.#maxEntries = options.maxEntries ?? 200;
    this.#maxBytes = options.maxBytes ?? 256 * 1024 * 1024;
    this.#ttlMs = options.ttlMs ?? 30 * 60 * 1000;
    this.#now = options.now ?? Date.now;
  }

  /** Keeps a file and returns the id to commit it by, and when that id expires (ms since epoch). */
  put(upload: PendingUpload): { id: string; expiresAt: number } {
    this.#sweep();
    const id = randomBytes(16).toString('base64url');
    const expiresAt = this.#now() + this.#ttlMs;
    this.#entries.set(id, { ...upload, expiresAt });
    this.#bytes += upload.bytes.byteLength;
    // Map order is insertion order: the first key is always the oldest preview.
    for (const [oldest, entry] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries && this.#bytes <= this.#maxBytes) break;
      if (oldest === id) break;
      this.#delete(oldest, entry);
    }
    return { id, expiresAt };
  }

  /** The file behind a live id, or undefined when it never existed, expired or was pushed out. */
  get(id: string): PendingUpload | undefined {
    const entry = this.#entries.get(id);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#now()) {
      this.#delete(id, entry);
      return undefined;
    }
    return { fileName: entry.fileName, bytes: entry.bytes };
  }

  /** Forgets a preview (after it was committed). */
  forget(id: string): void {
    const entry = this.#entries.get(id);
    if (entry) this.#delete(id, entry);
  }

  /** Previews currently held, and their bytes. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.#entries.size, bytes: this.#bytes };
  }

  #sweep(): void {
    const now = this.#now();
    for (const [id, entry] of this.#entries) if (entry.expiresAt <= now) this.#delete(id, entry);
  }

  #delete(id: string, entry: Entry): void {
    this.#entries.delete(id);
    this.#bytes -= entry.bytes.byteLength;
  }
}
