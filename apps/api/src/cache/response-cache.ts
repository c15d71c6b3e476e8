import { promisify } from 'node:util';
import { gzip as zlibGzip } from 'node:zlib';

/** Limits of the response cache. */
export interface ResponseCacheOptions {
  /** Total body bytes kept; least recently used entries go first. Default 64 MiB. */
  maxBytes?: number;
  /** Largest single body kept (bigger ones are always rendered afresh). Default 8 MiB. */
  maxEntryBytes?: number;
}

/** A stored 200 response: its body and every header it was sent with. */
export interface CachedResponse {
  body: Uint8Array<ArrayBuffer>;
  /** Header names in lower case, as Node sends them, content-length included. */
  headers: Readonly<Record<string, string>>;
  /** The body gzipped once, with its headers, for clients that accept it; absent when it saves little. */
  gzip?: { body: Uint8Array<ArrayBuffer>; headers: Readonly<Record<string, string>> } | undefined;
  /** Rendered for a request without credentials: servable to anyone (open reads). */
  public: boolean;
}

/** The data version a response was rendered at (see getDataVersion). */
export interface RenderedAt {
  epoch: string;
  version: number;
}

const gzip = promisify(zlibGzip);

/** Bodies below this are sent as they are: compressing them saves less than it costs. */
const MIN_GZIP_BYTES = 1024;

/** The gzipped body when it is worth sending instead (a tenth smaller at least). */
async function compress(body: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (body.byteLength < MIN_GZIP_BYTES) return undefined;
  const packed = await gzip(body);
  if (packed.byteLength > body.byteLength * 0.9) return undefined;
  return new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength) as Uint8Array<ArrayBuffer>;
}

/** Whether an Accept-Encoding header admits gzip (q=0 refuses it). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** The body and headers to send a client, gzipped when it accepts that and it pays. */
export function variantFor(entry: CachedResponse, acceptEncoding: string | undefined) {
  return entry.gzip && acceptsGzip(acceptEncoding) ? entry.gzip : entry;
}

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
    const gzipped = headers['content-encoding'] === undefined ? await compress(body) : undefined;
    if (gzipped) headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding';
    headers['content-length'] = String(body.byteLength);
    // The data may have moved on while compressing.
    if (!this.#current(at)) return;
    this.#remove(key);
    this.#entries.set(key, {
      body,
      headers,
      public: options.public,
      ...(gzipped
        ? {
            gzip: {
              body: gzipped,
              headers: {
                ...headers,
                'content-encoding': 'gzip',
                'content-length': String(gzipped.byteLength),
              },
            },
          }
        : {}),
    });
    this.#bytes += body.byteLength + (gzipped?.byteLength ?? 0);
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.body.byteLength + (entry.gzip?.body.byteLength ?? 0);
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
    this.#bytes -= entry.body.byteLength + (entry.gzip?.body.byteLength ?? 0);
  }
}
