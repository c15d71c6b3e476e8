import { unzipSync, type Zippable, zipSync } from 'fflate';

/**
 * Rewrites a zip so its bytes depend only on its content: fixed entry timestamps and the Office
 * core-properties dates set to `isoDate`. docx libraries stamp the current time into both, which
 * would make the demo corpus differ on every run.
 */
export function normalizeOfficeZip(bytes: Uint8Array, isoDate: string): Uint8Array {
  const entries = unzipSync(bytes);
  const core = entries['docProps/core.xml'];
  if (core) {
    const stamp = `${isoDate}T09:00:00Z`;
    const xml = new TextDecoder()
      .decode(core)
      .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/gu, `$1${stamp}$2`);
    entries['docProps/core.xml'] = new TextEncoder().encode(xml);
  }
  const mtime = new Date(`${isoDate}T09:00:00Z`);
  const files: Zippable = {};
  for (const [name, data] of Object.entries(entries)) files[name] = [data, { mtime, level: 6 }];
  return zipSync(files);
}
