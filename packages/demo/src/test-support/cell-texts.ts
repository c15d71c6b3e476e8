import { strFromU8, unzipSync } from 'fflate';
import iconv from 'iconv-lite';
import type { RenderSpec } from '../render/render-spec.ts';
import { pdfTextObjects } from './pdf-text.ts';

/** Decoded text of a txt or html rendering (BOM dropped, CRLF kept). */
export function decodeText(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'gb18030') return iconv.decode(Buffer.from(bytes), 'gb18030');
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  return text;
}

const unescapeHtml = (s: string) =>
  s
    .replace(/<[^>]+>/gu, '')
    .replace(/&nbsp;/gu, '')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&amp;/gu, '&')
    .trim();

/**
 * The texts of a rendered file in reading order, one entry per table cell where the format
 * marks cells (txt separators, <td>, <w:tc>) and per text object in a PDF. Tests use it to find
 * a row's printed numbers without a parser.
 */
export function cellTexts(bytes: Uint8Array, spec: RenderSpec): string[] {
  switch (spec.format) {
    case 'txt': {
      const text = decodeText(bytes, spec.encoding).replace(/\r\n/gu, '\n');
      if (spec.layout === 'lines') return text.split('\n\n');
      return text.split('\n').flatMap((line) => {
        if (spec.layout === 'tab') return line.split('\t');
        const inner = spec.layout === 'pipe-bordered' ? line.replace(/^\| /u, '').replace(/ \|$/u, '') : line;
        return inner.split(' | ');
      });
    }
    case 'html': {
      const text = decodeText(bytes, spec.encoding);
      return [...text.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/gu)].map((m) => unescapeHtml(m[1] ?? ''));
    }
    case 'docx': {
      const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
      return [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/gu)].map((m) =>
        [...(m[1] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/gu)].map((t) => t[1] ?? '').join(''),
      );
    }
    case 'pdf':
      return pdfTextObjects(bytes);
  }
}

/** All visible text of a rendering: decoded txt/html, the runs of a docx, a PDF's text objects. */
export function visibleText(bytes: Uint8Array, spec: RenderSpec): string {
  switch (spec.format) {
    case 'txt':
    case 'html':
      return decodeText(bytes, spec.encoding);
    case 'docx': {
      const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
      return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/gu)].map((t) => t[1] ?? '').join('\n');
    }
    case 'pdf':
      return pdfTextObjects(bytes).join('');
  }
}

/** True when `needle` occurs in `haystack` as consecutive entries. */
export function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
