import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** The part of subset-font's API (a CommonJS module without types) this route uses. */
type SubsetFont = (
  font: Buffer,
  text: string,
  options: { targetFormat: 'woff2'; noLayoutClosure: boolean; keepFeatures: string[]; noHinting: boolean },
) => Promise<Buffer>;
const subsetFont = createRequire(import.meta.url)('subset-font') as SubsetFont;

/** Where Debian's fonts-noto-cjk puts the collection every export embeds a subset of. */
export const DEFAULT_CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
/** The Simplified Chinese face of the collection (its PostScript name). */
export const DEFAULT_CJK_FACE = 'NotoSansCJKsc-Regular';
/** Distinct characters one subset may hold: a chart's labels need a few hundred at most. */
export const MAX_SUBSET_CHARS = 2000;

/** The font file is missing or unreadable: exports fall back on the reader's own fonts. */
export class FontUnavailableError extends Error {
  override readonly name = 'FontUnavailableError';
}

function tag(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + 4));
}

/** The PostScript name (name ID 6) of the face whose offset table starts at `offset`. */
function postscriptName(bytes: Uint8Array, view: DataView, offset: number): string | undefined {
  const tables = view.getUint16(offset + 4);
  for (let i = 0; i < tables; i++) {
    const record = offset + 12 + 16 * i;
    if (tag(bytes, record) !== 'name') continue;
    const name = view.getUint32(record + 8);
    const count = view.getUint16(name + 2);
    const storage = name + view.getUint16(name + 4);
    for (let j = 0; j < count; j++) {
      const at = name + 6 + 12 * j;
      if (view.getUint16(at + 6) !== 6) continue;
      const platform = view.getUint16(at);
      const start = storage + view.getUint16(at + 10);
      const raw = bytes.subarray(start, start + view.getUint16(at + 8));
      return platform === 1 ? String.fromCharCode(...raw) : new TextDecoder('utf-16be').decode(raw);
    }
  }
  return undefined;
}

/**
 * One face of a TrueType/OpenType collection as a standalone font: its table directory with the
 * tables copied after it. subset-font reads only the first face of a collection, which in Noto Sans
 * CJK is the Japanese one; its glyph forms differ from the Chinese ones for some characters.
 */
export function collectionFace(file: Uint8Array, face: string): Uint8Array {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (tag(file, 0) !== 'ttcf') return file;
  const faces = view.getUint32(8);
  const offsets = Array.from({ length: faces }, (_, i) => view.getUint32(12 + 4 * i));
  const offset = offsets.find((at) => postscriptName(file, view, at) === face) ?? offsets[0];
  if (offset === undefined) throw new FontUnavailableError('the font collection holds no face');
  const count = view.getUint16(offset + 4);
  const records = Array.from({ length: count }, (_, i) => {
    const at = offset + 12 + 16 * i;
    return { at, start: view.getUint32(at + 8), length: view.getUint32(at + 12) };
  });
  const head = 12 + 16 * count;
  const size = records.reduce((sum, r) => sum + ((r.length + 3) & ~3), head);
  const out = new Uint8Array(size);
  const outView = new DataView(out.buffer);
  out.set(file.subarray(offset, offset + 12), 0);
  let position = head;
  records.forEach((record, i) => {
    out.set(file.subarray(record.at, record.at + 8), 12 + 16 * i);
    outView.setUint32(12 + 16 * i + 8, position);
    outView.setUint32(12 + 16 * i + 12, record.length);
    out.set(file.subarray(record.start, record.start + record.length), position);
    position += (record.length + 3) & ~3;
  });
  return out;
}

/** The distinct characters of a text, sorted, so the same labels always name the same subset. */
export function subsetKey(text: string): string {
  return [...new Set(text)].sort().join('');
}

/**
 * WOFF2 subsets of one CJK face, for the SVG and PNG exports to embed: the face is read once, and
 * the last few subsets are kept (a chart exported as PNG, then SVG asks for the same characters).
 */
export class CjkSubsetter {
  readonly #file: string;
  readonly #face: string;
  #source: Promise<Buffer> | undefined;
  readonly #recent = new Map<string, Promise<Buffer>>();

  constructor(options: { file?: string | undefined; face?: string | undefined } = {}) {
    this.#file = options.file ?? DEFAULT_CJK_FONT;
    this.#face = options.face ?? DEFAULT_CJK_FACE;
  }

  /** A WOFF2 font with the glyphs of `text` (plus the space); throws FontUnavailableError. */
  subset(text: string): Promise<Buffer> {
    const key = subsetKey(`${text} `);
    const known = this.#recent.get(key);
    if (known !== undefined) return known;
    const made = this.#make(key);
    this.#recent.set(key, made);
    made.catch(() => this.#recent.delete(key));
    if (this.#recent.size > 32) {
      const oldest = this.#recent.keys().next().value;
      if (oldest !== undefined) this.#recent.delete(oldest);
    }
    return made;
  }

  async #make(chars: string): Promise<Buffer> {
    const source = await this.#load();
    // Layout closure over a CJK font's GSUB costs seconds and adds nothing to horizontal labels.
    return subsetFont(source, chars, {
      targetFormat: 'woff2',
      noLayoutClosure: true,
      keepFeatures: [],
      noHinting: true,
    });
  }

  #load(): Promise<Buffer> {
    this.#source ??= readFile(this.#file).then(
      (bytes) => Buffer.from(collectionFace(bytes, this.#face)),
      (error: unknown) => {
        this.#source = undefined;
        throw new FontUnavailableError(`cannot read the CJK font ${this.#file}: ${String(error)}`);
      },
    );
    return this.#source;
  }
}
