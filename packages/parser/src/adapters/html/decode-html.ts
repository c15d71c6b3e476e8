import iconv from 'iconv-lite';
import { type DecodedText, decodeReport } from '../../decode.ts';
import { latin1Head } from '../../format.ts';
import { textQuality } from '../../text-quality.ts';

// How far into the file a charset declaration is looked for (HTML requires it in the first 1024
// bytes; real pages put long comments and scripts first).
const DECLARATION_BYTES = 4096;
const MIN_QUALITY = 0.97;

const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes an HTML page: a BOM wins, then the declared charset (`<meta charset>`, `http-equiv`,
 * `<?xml encoding>`) when the bytes agree with it, then the same detection as text files. Valid
 * UTF-8 beats a declared legacy charset: sites migrated to UTF-8 often keep `charset=gb2312`.
 */
export function decodeHtml(bytes: Uint8Array, file: string): DecodedText {
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!hasBom) {
    const declared = declaredEncoding(bytes);
    if (declared !== null) {
      const text = decodeAs(bytes, declared);
      if (text !== null && textQuality(text, false) >= MIN_QUALITY) return { text, encoding: declared };
    }
  }
  return decodeReport(bytes, file);
}

/** The declared charset mapped onto a decoder name, or null when none is declared or known. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = latin1Head(bytes, DECLARATION_BYTES);
  const match = CHARSET.exec(head);
  const name = (match?.[1] ?? match?.[2] ?? '').toLowerCase();
  if (name === '') return null;
  if (/^(utf-?8|unicode-1-1-utf-8)$/.test(name)) return 'utf-8';
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312|csgb2312|chinese)$/.test(name)) return 'gb18030';
  if (/^(big5|big5-hkscs|x-x-big5|cn-big5)$/.test(name)) return 'big5';
  // A page declaring utf-16 reached here without a BOM; so did Latin-1 labels that sites put on
  // Chinese pages. Neither is trusted: detection decides.
  return null;
}

function decodeAs(bytes: Uint8Array, encoding: string): string | null {
  const asUtf8 = tryUtf8(bytes);
  if (encoding === 'utf-8') return asUtf8;
  // Valid UTF-8 with multi-byte sequences is almost never GBK or Big5 by accident.
  if (asUtf8 !== null && /[\u0080-\uffff]/.test(asUtf8)) return null;
  return (
    legacyDecoder(encoding)?.decode(bytes) ??
    iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding)
  );
}

const decoders = new Map<string, InstanceType<typeof TextDecoder> | null>();

/** Node's own decoder for a legacy charset (several times faster than iconv-lite), when ICU has it. */
function legacyDecoder(encoding: string): InstanceType<typeof TextDecoder> | null {
  let decoder = decoders.get(encoding);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(encoding);
    } catch {
      decoder = null;
    }
    decoders.set(encoding, decoder);
  }
  return decoder;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}
