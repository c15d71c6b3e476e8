/** Text folded for matching, with the source offset of every folded character. */
export interface FoldedText {
  text: string;
  /** `offsets[i]` is where folded character i sits in the source; `offsets[text.length]` is the end. */
  offsets: Int32Array;
}

/**
 * Folds `source.slice(start, end)` for matching only: full-width ASCII (digits, ％, brackets) to
 * ASCII, whitespace dropped. The stored text is never changed; the offsets map matches back to it.
 */
export function foldText(source: string, start: number, end: number): FoldedText {
  let out = '';
  const offsets = new Int32Array(end - start + 1);
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0xa0) continue;
    offsets[n++] = i;
    out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : source[i];
  }
  offsets[n] = end;
  return { text: out, offsets: offsets.subarray(0, n + 1) };
}
