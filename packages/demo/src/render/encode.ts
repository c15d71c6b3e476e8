import iconv from 'iconv-lite';
import type { LineEnding, TextEncoding } from './render-spec.ts';

const BOM = [0xef, 0xbb, 0xbf];

/** Text (with `\n` line ends) as the bytes of a file in the given encoding and line-ending style. */
export function encodeText(text: string, encoding: TextEncoding, eol: LineEnding = 'lf'): Uint8Array {
  const lines = eol === 'crlf' ? text.replace(/\n/gu, '\r\n') : text;
  if (encoding === 'gb18030') return new Uint8Array(iconv.encode(lines, 'gb18030'));
  const utf8 = new TextEncoder().encode(lines);
  if (encoding === 'utf8') return utf8;
  const out = new Uint8Array(BOM.length + utf8.length);
  out.set(BOM, 0);
  out.set(utf8, BOM.length);
  return out;
}
