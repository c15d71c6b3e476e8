import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { LedgerImportDto, LedgerImportResultDto } from '@nianbao/schema';
import type { ReportSource } from '../database.ts';
import type { Store } from '../store.ts';
import { importLedger } from './import-ledger.ts';
import { LedgerFileError } from './ledger-file-error.ts';
import { LEDGER_EXTENSIONS } from './read-ledger-file.ts';

export interface ImportLedgerPathsOptions {
  source?: ReportSource | undefined;
  year?: number | undefined;
  /** Called after each file. */
  onFile?: (file: string, result: LedgerImportResultDto | undefined) => void;
}

/** A failure of a whole file, in the batch shape every import shares. */
export type LedgerFileFailure = LedgerImportDto['errors'][number];

/** Files named directly, and .csv/.xlsx files inside folders (recursively), sorted. */
async function collectLedgerFiles(paths: readonly string[]) {
  const files = new Set<string>();
  const errors: LedgerFileFailure[] = [];
  for (const path of paths) {
    try {
      if ((await stat(path)).isDirectory()) {
        for (const entry of await readdir(path, { recursive: true, withFileTypes: true })) {
          // Spreadsheet programs leave lock files (~$ledger.xlsx) beside open workbooks.
          if (!entry.isFile() || entry.name.startsWith('~$')) continue;
          if (LEDGER_EXTENSIONS.has(extname(entry.name).toLowerCase()))
            files.add(join(entry.parentPath, entry.name));
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

/** Imports ledger files and folders, one transaction per file, going on past files that fail. */
export async function importLedgerPaths(
  store: Store,
  paths: readonly string[],
  options: ImportLedgerPathsOptions = {},
): Promise<LedgerImportDto> {
  const { files, errors } = await collectLedgerFiles(paths);
  const results: LedgerImportResultDto[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      errors.push(ledgerFailure(file, error, 'read_failed'));
      options.onFile?.(file, undefined);
      continue;
    }
    try {
      const result = await importLedger(store, {
        fileName: file,
        bytes,
        source: options.source,
        year: options.year,
      });
      results.push(result);
      options.onFile?.(file, result);
    } catch (error) {
      errors.push(ledgerFailure(file, error));
      options.onFile?.(file, undefined);
    }
  }
  return { results, errors };
}

/** The batch failure of a file that threw; `fallback` names what failed when it is no LedgerFileError. */
export function ledgerFailure(
  file: string,
  error: unknown,
  fallback: 'read_failed' | 'store_failed' = 'store_failed',
): LedgerFileFailure {
  if (error instanceof LedgerFileError) return { file, code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  const what = fallback === 'read_failed' ? 'cannot be read' : 'could not be stored';
  return { file, code: fallback, message: `${file}: ${what}: ${message}` };
}
