/** Limits of the response cache. */
export interface ResponseCacheOptions {
  /** Total body bytes kept; least recently used entries go first. Default 64 MiB. */
  maxBytes?: number;
  /** Largest single body kept (bigger ones are always rendered afresh). Default 8 MiB. */
  maxEntryBytes?: number;
}

/** A stored 200 response: its body and the headers that describe it. */
export interface CachedResponse {
  body: ArrayBuffer;
  headers: readonly (readonly [string, string])[];
}

/** The data version a response was rendered at (see getDataVersion). */
export interface RenderedAt {
  epoch: string;
  version: number;
}

/** Headers a stored response keeps; per-request ones (ETag, security headers) are set afresh. */
const KEPT_HEADERS = ['content-type', 'content-disposition', 'content-language'] as const;

/**
 * Rendered GET bodies keyed by data version and URL. A write moves the data version on, so an
 * entry can never be served for data it was not rendered from; entries of older versions are
 * dropped as soon as a newer version is seen.
 */
export class ResponseCache {
  readonly #maxBytes: number;
  readonly #maxEntryBytes: number;
  readonly #entries = new Map<string, CachedResponse>();
  #bytes = 0;
  #at: RenderedAt | undefined;

  constructor(options: ResponseCacheOptions = {}) {
    this.#maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.#maxEntryBytes = Math.min(options.maxEntryBytes ?? 8 * 1024 * 1024, this.#maxBytes);
  }

  /** The response stored for this URL at this data version, if any. */
  get(at: RenderedAt, url: string): CachedResponse | undefined {
    if (!this.#current(at)) return undefined;
    const entry = this.#entries.get(url);
    if (entry === undefined) return undefined;
    // Re-inserted so that Map order is least recently used first.
    this.#entries.delete(url);
    this.#entries.set(url, entry);
    return entry;
  }

  /** Stores a 200 response rendered at this data version; oversized bodies are not kept. */
  async put(at: RenderedAt, url: string, response: Response): Promise<void> {
    if (!this.#current(at)) return;
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > this.#maxEntryBytes) return;
    const body = await response.clone().arrayBuffer();
    if (body.byteLength > this.#maxEntryBytes) return;
    // The data may have moved on while the body was read; entries are only kept for the newest version.
    if (!this.#current(at)) return;
    const headers = KEPT_HEADERS.flatMap((name) => {
      const value = response.headers.get(name);
      return value === null ? [] : [[name, value] as const];
    });
    this.#remove(url);
    this.#entries.set(url, { body, headers });
    this.#bytes += body.byteLength;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.body.byteLength;
    }
  }

  /** Entries and body bytes held (for tests and diagnostics). */
  get size(): { entries: number; bytes: number } {
    return { entries: this.#entries.size, bytes: this.#bytes };
  }

  /**
   * Whether `at` is the newest version seen. Versions only move forward within a store (a restored
   * store has a new epoch), so a newer one makes every entry stale, and an older one (a request
   * that read the version just before a write) neither reads nor writes entries.
   */
  #current(at: RenderedAt): boolean {
    const seen = this.#at;
    if (seen !== undefined && seen.epoch === at.epoch && seen.version >= at.version) {
      return seen.version === at.version;
    }
    this.#at = { epoch: at.epoch, version: at.version };
    this.#entries.clear();
    this.#bytes = 0;
    return true;
  }

  #remove(url: string): void {
    const entry = this.#entries.get(url);
    if (entry === undefined) return;
    this.#entries.delete(url);
    this.#bytes -= entry.body.byteLength;
  }
}
