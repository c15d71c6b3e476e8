/** Options of `Uint8Array.prototype.toBase64` (TC39 proposal-arraybuffer-base64). */
interface ToBase64Options {
  alphabet?: 'base64' | 'base64url';
  omitPadding?: boolean;
}

/**
 * `Uint8Array.prototype.toBase64` on Buffer's native encoder, with the proposal's contract: a
 * Uint8Array receiver with a live buffer, options undefined or an object, the `base64` or
 * `base64url` alphabet, padding unless `omitPadding`.
 */
export function bufferToBase64(this: unknown, options?: unknown): string {
  if (!(this instanceof Uint8Array)) throw new TypeError('toBase64 needs a Uint8Array receiver');
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new TypeError('toBase64 options must be an object');
  }
  const { alphabet = 'base64', omitPadding = false } = (options ?? {}) as ToBase64Options;
  if (alphabet !== 'base64' && alphabet !== 'base64url') {
    throw new TypeError('Incorrect `alphabet` option');
  }
  if (isDetached(this.buffer)) {
    throw new TypeError('toBase64 called on a detached buffer');
  }
  let out = Buffer.from(this.buffer, this.byteOffset, this.byteLength).toString('base64');
  if (alphabet === 'base64url') out = out.replaceAll('+', '-').replaceAll('/', '_');
  if (omitPadding) out = out.replace(/=+$/u, '');
  return out;
}

function isDetached(buffer: ArrayBufferLike): boolean {
  return 'detached' in buffer && buffer.detached === true;
}

/**
 * Puts `bufferToBase64` in place of the `Uint8Array.prototype.toBase64` that loading pdf.js added.
 *
 * Why: Node 20 has no `toBase64`; the core-js bundled with pdf.js adds one that builds the string
 * three bytes at a time, and pdf.js base64-encodes every embedded font it attaches (see
 * `headlessDocument`) — for a CJK subset of a few hundred KB, millions of short-lived strings and
 * about a sixth of the CPU time of reading a PDF, collector included. Call it only when the method
 * was missing before pdf.js loaded, so a native one is never replaced.
 */
export function replaceToBase64Polyfill(): void {
  const existing = Object.getOwnPropertyDescriptor(Uint8Array.prototype, 'toBase64');
  if (existing === undefined || typeof existing.value !== 'function') return;
  Object.defineProperty(Uint8Array.prototype, 'toBase64', { ...existing, value: bufferToBase64 });
}
