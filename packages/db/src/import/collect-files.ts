import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ImportFailure } from './import-outcome.ts';

/** Extensions a report may be published in; the parser rejects the ones it cannot read. */
export const REPORT_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt',
  '.html',
  '.htm',
  '.docx',
  '.pdf',
  '.doc',
  '.wps',
]);

/**
 * Expands files and folders (recursively) into a sorted, duplicate-free list of files. Inside a
 * folder only report-like extensions are taken; a file named explicitly is always taken.
 */
export async function collectFiles(
  paths: readonly string[],
): Promise<{ files: string[]; errors: ImportFailure[] }> {
  const files = new Set<string>();
  const errors: ImportFailure[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        const entries = await readdir(path, { recursive: true, withFileTypes: true });
        for (const entry of entries) {
          if (entry.isFile() && REPORT_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
            files.add(join(entry.parentPath, entry.name));
          }
        }
      } else {
        files.add(path);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      errors.push({ file: path, code: 'read_failed', message: `${path}: cannot be read: ${message}` });
    }
  }
  return { files: [...files].sort(), errors };
}
