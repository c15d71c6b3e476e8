/**
 * Whether a UTF-16 code unit belongs to CJK script or punctuation, where no space separates
 * words: a line break or a block boundary between two such characters joins without a space.
 */
export function isCjkCode(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0x9fff) || // radicals, punctuation, kana, CJK ideographs
    (c >= 0xf900 && c <= 0xfaff) || // compatibility ideographs
    (c >= 0xfe30 && c <= 0xfe4f) || // compatibility forms
    (c >= 0xff00 && c <= 0xffef) || // full-width forms
    (c >= 0xd800 && c <= 0xdfff) // surrogates: supplementary ideographs
  );
}

/**
 * Joins text pieces laid out apart (lines of one cell, wrapped lines of one paragraph): no
 * separator when either side of the seam is CJK, else one space. Empty pieces are skipped.
 */
export function joinPieces(pieces: readonly string[]): string {
  let out = '';
  for (const raw of pieces) {
    const piece = raw.trim();
    if (piece === '') continue;
    if (out !== '' && !isCjkCode(out.charCodeAt(out.length - 1)) && !isCjkCode(piece.charCodeAt(0))) {
      out += ' ';
    }
    out += piece;
  }
  return out;
}

// Whitespace that trimming removes besides ASCII: NBSP, ideographic space, BOM, zero-width space.
const EDGE_SPACE = /^[\s\u00a0\u3000\ufeff\u200b]+|[\s\u00a0\u3000\ufeff\u200b]+$/gu;

/** Trims ASCII blanks, NBSP, the ideographic space (paragraph indents) and zero-width marks. */
export function trimText(text: string): string {
  // Most cells and paragraphs have nothing to trim: skip the regex for them.
  if (text === '' || (!isEdgeSpace(text.charCodeAt(0)) && !isEdgeSpace(text.charCodeAt(text.length - 1)))) {
    return text;
  }
  return text.replace(EDGE_SPACE, '');
}

const isEdgeSpace = (c: number) => c === 0x200b || isRegexSpace(c);

/** The characters of the regex class `\s` (WhiteSpace and LineTerminator). */
export function isRegexSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
