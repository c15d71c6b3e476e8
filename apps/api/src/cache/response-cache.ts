import { acceptsCoding, encodeBody } from './body-encodings.ts';

/** Limits of the response cache. */
export interface ResponseCacheOptions {
  /** Total body bytes kept; least recently used entries go first. Default 64 MiB. */
  maxBytes?: number;
  /** Largest single body kept (bigger ones are always rendered afresh). Default 8 MiB. */
  maxEntryBytes?: number;
}

/** A stored body in one content coding, with the headers it is sent with. */
export interface EncodedResponse {
  body: Uint8Array<ArrayBuffer>;
  headers: Readonly<Record<string, string>>;
}

/** A stored 200 response: its body and every header it was sent with. */
export interface CachedResponse {
  body: Uint8Array<ArrayBuffer>;
  /** Header names in lower case, as Node sends them, content-length included. */
  headers: Readonly<Record<string, string>>;
  /** The body gzipped once, with its headers, for clients that accept it; absent when it saves little. */
  gzip?: EncodedResponse | undefined;
  /** The body in brotli, added a moment after the entry (it takes longer): for clients that accept it. */
  br?: EncodedResponse | undefined;
  /** Rendered for a request without credentials: servable to anyone (open reads). */
  public: boolean;
}

/** The data version a response was rendered at (see getDataVersion). */
export interface RenderedAt {
  epoch: string;
  version: number;
}

/** The body and headers to send a client: brotli, else gzip, when it accepts that and it pays. */
export function variantFor(entry: CachedResponse, acceptEncoding: string | undefined): EncodedResponse {
  if (entry.br && acceptsCoding(acceptEncoding, 'br')) return entry.br;
  return entry.gzip && acceptsCoding(acceptEncoding, 'gzip') ? entry.gzip : entry;
}

const encoded = (body: Uint8Array<ArrayBuffer>, headers: Record<string, string>, coding: string) => ({
  body,
  headers: { ...headers, 'content-encoding': coding, 'content-length': String(body.byteLength) },
});

const bytesOf = (entry: CachedResponse) =>
  entry.body.byteLength + (entry.gzip?.body.byteLength ?? 0) + (entry.br?.body.byteLength ?? 0);

/** Headers that belong to one transfer rather than to the response. */
const TRANSFER_HEADERS = new Set(['content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

/**
 * Rendered GET responses keyed by data version, host and URL. A write moves the data version on, so an
 * entry can never be served for data it was not rendered from; entries of older versions are
 * dropped as soon as a newer version is seen.
 */
export class ResponseCache {
  readonly #maxBytes: number;
  readonly #maxEntryBytes: number;
  readonly #entries = new Map<string, CachedResponse>();
  readonly #encoding = new Set<Promise<void>>();
  #bytes = 0;
  #at: RenderedAt | undefined;

  constructor(options: ResponseCacheOptions = {}) {
    this.#maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.#maxEntryBytes = Math.min(options.maxEntryBytes ?? 8 * 1024 * 1024, this.#maxBytes);
  }

  /** The response stored under this key (see cacheKey) at this data version, if any. */
  get(at: RenderedAt, key: string): CachedResponse | undefined {
    if (!this.#current(at)) return undefined;
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    // Re-inserted so that Map order is least recently used first.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  /**
   * Stores a 200 response rendered at this data version, with its final headers. A response that
   * sets a cookie, or is bigger than the entry limit, is not kept.
   */
  async put(at: RenderedAt, key: string, response: Response, options: { public: boolean }): Promise<void> {
    if (!this.#current(at) || response.status !== 200 || response.headers.has('set-cookie')) return;
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > this.#maxEntryBytes) return;
    const body = new Uint8Array(await response.clone().arrayBuffer());
    if (body.byteLength > this.#maxEntryBytes) return;
    // The data may have moved on while the body was read; entries are only kept for the newest version.
    if (!this.#current(at)) return;
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!TRANSFER_HEADERS.has(name)) headers[name] = value;
    });
    const gzipped = headers['content-encoding'] === undefined ? await encodeBody(body, 'gzip') : undefined;
    if (gzipped) headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding';
    headers['content-length'] = String(body.byteLength);
    // The data may have moved on while compressing.
    if (!this.#current(at)) return;
    this.#remove(key);
    const entry: CachedResponse = {
      body,
      headers,
      public: options.public,
      ...(gzipped ? { gzip: encoded(gzipped, headers, 'gzip') } : {}),
    };
    this.#entries.set(key, entry);
    this.#bytes += bytesOf(entry);
    this.#evict();
    // Brotli is added when ready rather than awaited: the first answer need not wait for it.
    if (gzipped) this.#track(this.#addBrotli(key, entry));
  }

  /** Resolves once every brotli copy being made has been added (or dropped with its entry). */
  async whenEncoded(): Promise<void> {
    while (this.#encoding.size > 0) await Promise.all(this.#encoding);
  }

  async #addBrotli(key: string, entry: CachedResponse): Promise<void> {
    const packed = await encodeBody(entry.body, 'br').catch(() => undefined);
    // Only for the very entry compressed: it may have been replaced, evicted or outdated meanwhile.
    if (packed === undefined || this.#entries.get(key) !== entry) return;
    entry.br = encoded(packed, entry.headers, 'br');
    this.#bytes += packed.byteLength;
    this.#evict();
  }

  #track(work: Promise<void>): void {
    this.#encoding.add(work);
    void work.finally(() => this.#encoding.delete(work));
  }

  #evict(): void {
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= bytesOf(entry);
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

  #remove(key: string): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#entries.delete(key);
    this.#bytes -= bytesOf(entry);
  }
}
