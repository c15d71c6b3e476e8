import { readFile } from 'node:fs/promises';
import type { ReportSource } from '../database.ts';
import type { Store } from '../store.ts';
import { collectFiles } from './collect-files.ts';
import { ImportError } from './import-error.ts';
import type { ImportFailure, ImportOutcome } from './import-outcome.ts';
import { importReport } from './import-report.ts';

/** Progress of a batch, reported after each file. */
export interface ImportProgress {
  done: number;
  total: number;
  file: string;
  outcome?: ImportOutcome;
  error?: ImportFailure;
}

export interface ImportPathsOptions {
  onProgress?: (progress: ImportProgress) => void;
  source?: ReportSource;
}

/** Imports every report under the given files and folders, one transaction per file, past failures. */
export async function importPaths(
  store: Store,
  paths: readonly string[],
  options: ImportPathsOptions = {},
): Promise<{ results: ImportOutcome[]; errors: ImportFailure[] }> {
  const { files, errors } = await collectFiles(paths);
  const results: ImportOutcome[] = [];
  let done = 0;
  for (const file of files) {
    let progress: ImportProgress;
    try {
      const bytes = await readFile(file);
      const outcome = await importReport(store, {
        fileName: file,
        bytes,
        ...(options.source ? { source: options.source } : {}),
      });
      results.push(outcome);
      progress = { done: ++done, total: files.length, file, outcome };
    } catch (error) {
      const failure = toFailure(file, error);
      errors.push(failure);
      progress = { done: ++done, total: files.length, file, error: failure };
    }
    options.onProgress?.(progress);
  }
  return { results, errors };
}

function toFailure(file: string, error: unknown): ImportFailure {
  if (error instanceof ImportError) return { file, code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { file, code: 'read_failed', message: `${file}: cannot be read: ${message}` };
}
