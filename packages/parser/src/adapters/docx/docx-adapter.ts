import { ParseError } from '../../parse-error.ts';
import type { Adapter } from '../adapter.ts';
import { DocumentBuilder } from '../rendering/document-builder.ts';
import { readDocumentXml } from './docx-xml.ts';
import { readZipDirectory, type ZipEntry } from './zip-directory.ts';
import { readZipEntry } from './zip-entry.ts';

/** The zip-bomb guard: checked against the central directory before anything is inflated. */
export const DOCX_LIMITS = { maxEntries: 2000, maxTotalUncompressed: 50 * 1024 * 1024 } as const;

const utf8 = new TextDecoder('utf-8');

/**
 * DOCX: check the archive's declared sizes, inflate only the main document part, and write its
 * paragraphs and tables (merged cells expanded) as a text rendering with blocks pointing into it.
 */
export const docxAdapter: Adapter = (bytes, file) => {
  const entries = readZipDirectory(bytes, file, DOCX_LIMITS);
  const main = mainPart(bytes, file, entries);
  const xml = utf8.decode(readZipEntry(bytes, file, main));
  const builder = new DocumentBuilder();
  for (const block of readDocumentXml(xml)) {
    if (block.kind === 'table') builder.table(block.grid);
    else
      block.lines.forEach((line, i) => {
        builder.paragraph(line, i > 0);
      });
  }
  return { document: builder.build(), encoding: 'utf-8' };
};

/** word/document.xml, or the part `_rels/.rels` names as the office document. */
function mainPart(bytes: Uint8Array, file: string, entries: readonly ZipEntry[]): ZipEntry {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const rels = byName.get('_rels/.rels');
  let target = 'word/document.xml';
  if (rels !== undefined && rels.uncompressedSize < 1024 * 1024) {
    const xml = utf8.decode(readZipEntry(bytes, file, rels));
    const match = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(xml)?.[0];
    const named = match === undefined ? undefined : /Target="\/?([^"]+)"/.exec(match)?.[1];
    if (named !== undefined && byName.has(named)) target = named;
  }
  // Some writers store names with other casing or backslashes (Word itself does not care).
  const entry =
    byName.get(target) ??
    entries.find((e) => e.name.replaceAll('\\', '/').toLowerCase() === target.toLowerCase());
  if (entry !== undefined) return entry;
  if (byName.has('EncryptionInfo') || byName.has('EncryptedPackage')) {
    throw new ParseError(
      'encrypted',
      file,
      'the document is password-protected; remove the password and save again',
    );
  }
  throw new ParseError(
    'unsupported_format',
    file,
    byName.has('xl/workbook.xml') || byName.has('ppt/presentation.xml')
      ? 'a spreadsheet or presentation, not a Word document; only txt, html, docx and pdf are read'
      : 'a zip archive without word/document.xml, so not a DOCX',
  );
}
