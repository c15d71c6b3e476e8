import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import { ParseError } from './parse-error.ts';
import { textQuality } from './text-quality.ts';

/** Decoded text plus the encoding it was read with; all offsets elsewhere point into `text`. */
export interface DecodedText {
  text: string;
  /** Canonical lower-case name: `utf-8`, `utf-16le`, `utf-16be`, `gb18030` or `big5`. */
  encoding: string;
}

// Encodings compared when strict UTF-8 fails: the legacy ones a Chinese report may come in
// (gb18030 is a superset of GB2312 and GBK), and UTF-8 read leniently, for a UTF-8 file with a
// few corrupt bytes.
const FALLBACKS = ['gb18030', 'utf-16le', 'utf-16be', 'big5', 'utf-8'] as const;
// How much of a file is decoded to compare candidate encodings; enough for a stable verdict.
const SAMPLE_BYTES = 16_384;
// Share of plausible characters a legacy decoding needs; random bytes score far lower.
const MIN_QUALITY = 0.97;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Decodes report bytes: a BOM wins; otherwise valid UTF-8 without control characters; otherwise
 * the legacy encoding (jschardet's guess or GB18030/UTF-16/Big5) whose text looks most like prose.
 * The BOM is not part of the returned text.
 */
export function decodeReport(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new ParseError('empty_file', file, 'the file is empty');
  const decoded = decodeBytes(bytes);
  if (decoded === null) {
    throw new ParseError('undecodable', file, 'the bytes are not text in any supported encoding');
  }
  if (decoded.text.trim() === '') throw new ParseError('empty_file', file, 'the file holds no text');
  return decoded;
}

function decodeBytes(bytes: Uint8Array): DecodedText | null {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return checked(bytes.subarray(3), 'utf-8');
  if (b0 === 0xff && b1 === 0xfe) return checked(bytes.subarray(2), 'utf-16le');
  if (b0 === 0xfe && b1 === 0xff) return checked(bytes.subarray(2), 'utf-16be');

  const asUtf8 = tryUtf8(bytes);
  // NUL bytes in valid UTF-8 are the signature of BOM-less UTF-16 holding mostly ASCII.
  if (asUtf8 !== null && !asUtf8.includes('\0') && textQuality(asUtf8, false) >= MIN_QUALITY) {
    return { text: asUtf8, encoding: 'utf-8' };
  }
  return decodeLegacy(bytes);
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

function checked(bytes: Uint8Array, encoding: string): DecodedText | null {
  const text = decodeWith(bytes, encoding);
  if (text === null || textQuality(text, false) < MIN_QUALITY) return null;
  return { text, encoding };
}

function decodeWith(bytes: Uint8Array, encoding: string, lenient = false): string | null {
  if (encoding === 'utf-8') return lenient ? lenientUtf8.decode(bytes) : tryUtf8(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

function decodeLegacy(bytes: Uint8Array): DecodedText | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES) & ~1);
  const source = sample.length > 0 ? sample : bytes;
  const scored: { encoding: string; text: string; quality: number }[] = [];
  for (const encoding of FALLBACKS) {
    const text = decodeWith(source, encoding, true);
    if (text !== null) scored.push({ encoding, text, quality: textQuality(text, true) });
  }
  const best = choose(scored, sample);
  if (best === null || best.quality < MIN_QUALITY) return null;
  // A small file is its own sample: its decoding and score are already at hand.
  if (source.length === bytes.length) return { text: best.text, encoding: best.encoding };
  const text = decodeWith(bytes, best.encoding, true);
  if (text === null || textQuality(text, true) < MIN_QUALITY) return null;
  return { text, encoding: best.encoding };
}

/**
 * The best-scoring candidate. jschardet's guess only breaks a tie at the top (it is one of the
 * candidates or none), and it is slow, so it is asked only when there is such a tie.
 */
function choose<T extends { encoding: string; quality: number }>(scored: T[], sample: Uint8Array): T | null {
  let top = Number.NEGATIVE_INFINITY;
  for (const s of scored) top = Math.max(top, s.quality);
  const tied = scored.filter((s) => s.quality === top);
  if (tied.length <= 1 || top < MIN_QUALITY) return tied[0] ?? null;
  const guessed = guess(sample);
  return tied.find((s) => s.encoding === guessed) ?? tied[0] ?? null;
}

/** Maps jschardet's verdict onto the encodings decoded here (null when it names none of them). */
function guess(sample: Uint8Array): string | null {
  const { encoding } = jschardet.detect(Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength));
  const name = (encoding ?? '').toLowerCase();
  if (name === 'gb2312' || name === 'gbk' || name === 'gb18030') return 'gb18030';
  if (name === 'big5') return 'big5';
  if (name === 'utf-16le' || name === 'utf-16be') return name;
  return null;
}
