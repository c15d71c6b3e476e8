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
  // Copied in runs between the characters dropped or changed: most text has few of them.
  let out = '';
  let runFrom = start;
  const offsets = new Int32Array(end - start + 1);
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    const dropped = c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0xa0;
    const wide = c >= 0xff01 && c <= 0xff5e;
    if (dropped || wide) {
      out += source.slice(runFrom, i);
      runFrom = i + 1;
      if (dropped) continue;
      out += String.fromCharCode(c - 0xfee0);
    }
    offsets[n++] = i;
  }
  out += source.slice(runFrom, end);
  offsets[n] = end;
  return { text: out, offsets: offsets.subarray(0, n + 1) };
}
