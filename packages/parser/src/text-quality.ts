// What `plausible` rejects, as one pattern: counting matches beats a per-character loop.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const BAD = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/gu;

/**
 * Share (0–1) of characters in `text` that plausibly belong to a Chinese report. Control characters
 * (other than tab, line breaks and form feed) and U+FFFD always count against it; in `strict` mode,
 * used to choose between legacy encodings, so does anything outside ASCII, CJK ideographs and the
 * punctuation blocks reports use, because a wrong legacy decoding yields Hangul, PUA or symbols.
 */
export function textQuality(text: string, strict: boolean): number {
  if (text.length === 0) return 1;
  if (!strict) return 1 - (text.match(BAD)?.length ?? 0) / text.length;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (plausibleStrict(c)) good++;
  }
  return good / text.length;
}

function plausible(c: number): boolean {
  if (c < 0x20) return c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
  if (c === 0x7f || (c >= 0x80 && c < 0xa0)) return false;
  return c !== 0xfffd;
}

function plausibleStrict(c: number): boolean {
  if (c < 0x80) return plausible(c);
  return (
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0x3400 && c <= 0x4dbf) || // extension A
    (c >= 0x3000 && c <= 0x303f) || // CJK punctuation: 、。《》〔〕
    (c >= 0xff01 && c <= 0xff5e) || // full-width ASCII
    (c >= 0x2000 && c <= 0x206f) || // general punctuation: — “ ” …
    (c >= 0x2150 && c <= 0x218f) || // roman numerals
    (c >= 0x2460 && c <= 0x24ff) || // circled numbers
    (c >= 0x2500 && c <= 0x25ff) || // box drawing, geometric shapes
    (c >= 0xa0 && c <= 0xff) || // Latin-1: · × °
    (c >= 0xfe30 && c <= 0xfe4f) || // CJK compatibility forms
    c === 0xffe5 // full-width yen/yuan sign
  );
}
