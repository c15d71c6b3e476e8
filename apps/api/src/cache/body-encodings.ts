import { promisify } from 'node:util';
import { constants as zlib, brotliCompress as zlibBrotli, gzip as zlibGzip } from 'node:zlib';

const gzip = promisify(zlibGzip);
const brotli = promisify(zlibBrotli);

/** Bodies below this are sent as they are: compressing them saves less than it costs. */
const MIN_COMPRESS_BYTES = 1024;

/**
 * Brotli's densest setting costs ~40 ms for a 30 KB answer (once per answer and data version, off
 * the main thread) and sends ~30 % fewer bytes than gzip; above this size a fast setting keeps most
 * of the gain (~20 %) at a twentieth of the time.
 */
const DENSE_BROTLI_MAX_BYTES = 64 * 1024;

/** A coding a stored answer may be kept in, besides its plain bytes. */
export type BodyCoding = 'br' | 'gzip';

const asBytes = (buffer: Buffer) =>
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) as Uint8Array<ArrayBuffer>;

/** The body in `coding` when it is worth sending instead (a tenth smaller at least). */
export async function encodeBody(
  body: Uint8Array<ArrayBuffer>,
  coding: BodyCoding,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (body.byteLength < MIN_COMPRESS_BYTES) return undefined;
  const packed =
    coding === 'gzip'
      ? await gzip(body)
      : await brotli(body, {
          params: {
            [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
            [zlib.BROTLI_PARAM_QUALITY]: body.byteLength <= DENSE_BROTLI_MAX_BYTES ? 11 : 5,
            [zlib.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
          },
        });
  return packed.byteLength > body.byteLength * 0.9 ? undefined : asBytes(packed);
}

/** Whether an Accept-Encoding header admits `coding` (q=0 refuses it; `*` admits any). */
export function acceptsCoding(acceptEncoding: string | undefined, coding: BodyCoding): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (name.trim() !== coding && name.trim() !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
