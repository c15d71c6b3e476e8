import { ParseError } from '../../parse-error.ts';

/** One entry of a zip's central directory (sizes as declared, nothing inflated yet). */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Limits checked against the central directory before anything is inflated. */
export interface ZipLimits {
  maxEntries: number;
  maxTotalUncompressed: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const MAX_COMMENT = 0xffff;
const FULL32 = 0xffffffff;

/**
 * Reads a zip's central directory with every offset bounds-checked, and enforces the zip-bomb
 * guard from the declared counts and sizes alone: too many entries or too many declared bytes
 * reject with `too_large` before a single byte is inflated.
 */
export function readZipDirectory(bytes: Uint8Array, file: string, limits: ZipLimits): ZipEntry[] {
  const view = new ZipView(bytes, file);
  const eocd = findEndRecord(view);
  let count = view.u16(eocd + 10);
  let offset = view.u32(eocd + 16);
  if (eocd >= 20 && view.u32(eocd - 20) === ZIP64_LOCATOR) {
    const zip64 = view.u64(eocd - 12);
    if (view.u32(zip64) !== ZIP64_EOCD) throw view.corrupt('a broken zip64 end record');
    count = view.u64(zip64 + 32);
    offset = view.u64(zip64 + 48);
  }
  if (count > limits.maxEntries) {
    throw new ParseError(
      'too_large',
      file,
      `the archive declares ${count} entries; at most ${limits.maxEntries} are read (zip-bomb guard)`,
    );
  }
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (view.u32(at) !== CENTRAL_HEADER) throw view.corrupt(`central directory entry ${i + 1} is damaged`);
    const flags = view.u16(at + 8);
    const nameLength = view.u16(at + 28);
    const extraLength = view.u16(at + 30);
    const commentLength = view.u16(at + 32);
    const name = view.latin1(at + 46, nameLength);
    const sizes = zip64Sizes(view, at + 46 + nameLength, extraLength, {
      uncompressed: view.u32(at + 24),
      compressed: view.u32(at + 20),
      offset: view.u32(at + 42),
    });
    total += sizes.uncompressed;
    if (total > limits.maxTotalUncompressed) {
      throw new ParseError(
        'too_large',
        file,
        `the archive declares more than ${megabytes(limits.maxTotalUncompressed)} MB uncompressed ` +
          `(${megabytes(total)} MB in the first ${i + 1} of ${count} entries); refused before unpacking (zip-bomb guard)`,
      );
    }
    entries.push({
      name,
      method: view.u16(at + 10),
      encrypted: (flags & 1) === 1,
      compressedSize: sizes.compressed,
      uncompressedSize: sizes.uncompressed,
      localHeaderOffset: sizes.offset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's data starts: after its local header, whose lengths may differ from the central one. */
export function entryDataOffset(bytes: Uint8Array, file: string, entry: ZipEntry): number {
  const view = new ZipView(bytes, file);
  const at = entry.localHeaderOffset;
  if (view.u32(at) !== 0x04034b50) throw view.corrupt(`the local header of ${entry.name} is damaged`);
  const start = at + 30 + view.u16(at + 26) + view.u16(at + 28);
  if (start + entry.compressedSize > bytes.length) throw view.corrupt(`${entry.name} is truncated`);
  return start;
}

function findEndRecord(view: ZipView): number {
  const last = view.length - 22;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.u32(at) === EOCD) return at;
  }
  throw view.corrupt('no end of central directory (the file is truncated or not a zip)');
}

function zip64Sizes(
  view: ZipView,
  extra: number,
  length: number,
  sizes: { uncompressed: number; compressed: number; offset: number },
): { uncompressed: number; compressed: number; offset: number } {
  if (sizes.uncompressed !== FULL32 && sizes.compressed !== FULL32 && sizes.offset !== FULL32) return sizes;
  const out = { ...sizes };
  for (let at = extra; at + 4 <= extra + length; at += 4 + view.u16(at + 2)) {
    if (view.u16(at) !== 0x0001) continue;
    let field = at + 4;
    for (const key of ['uncompressed', 'compressed', 'offset'] as const) {
      if (sizes[key] !== FULL32) continue;
      out[key] = view.u64(field);
      field += 8;
    }
    break;
  }
  return out;
}

function megabytes(n: number): string {
  return (n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0);
}

/** Little-endian reads that throw `corrupt` instead of reading past the end. */
class ZipView {
  private readonly view: DataView;
  readonly length: number;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly file: string,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.length = bytes.length;
  }

  u16(at: number): number {
    this.check(at, 2);
    return this.view.getUint16(at, true);
  }

  u32(at: number): number {
    this.check(at, 4);
    return this.view.getUint32(at, true);
  }

  u64(at: number): number {
    this.check(at, 8);
    return Number(this.view.getBigUint64(at, true));
  }

  latin1(at: number, length: number): string {
    this.check(at, length);
    let s = '';
    for (let i = 0; i < length; i++) s += String.fromCharCode(this.bytes[at + i] ?? 0);
    return s;
  }

  corrupt(what: string): ParseError {
    return new ParseError('corrupt', this.file, `damaged zip container: ${what}`);
  }

  private check(at: number, size: number): void {
    if (!Number.isSafeInteger(at) || at < 0 || at + size > this.length) {
      throw this.corrupt('a record points past the end of the file (truncated download?)');
    }
  }
}
