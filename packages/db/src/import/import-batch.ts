import type { ParsedReport } from '@nianbao/parser';
import type { Store } from '../store.ts';
import { ImportError } from './import-error.ts';
import type { ImportFailure, ImportOutcome } from './import-outcome.ts';
import { importParsedReport } from './import-report.ts';
import { type ParsedItem, type ReportFile, storeParsedReports } from './store-parsed-report.ts';

/** A parsed report and the file it came from. */
export interface ParsedFile {
  parsed: ParsedReport;
  file: ReportFile;
}

/** What became of one report of a batch: stored (or already there), or why not. */
export type BatchResult = { outcome: ImportOutcome } | { failure: ImportFailure };

/**
 * Stores parsed reports in one transaction, in order, with the outcome importParsedReport would
 * give each. Should the batch fail as a whole (a file imported meanwhile by another process, a
 * constraint), it is rolled back and every report is stored on its own, so one bad report costs
 * only itself. The same bytes twice in a batch are stored once; the second copy is `unchanged`.
 */
export async function importParsedReports(
  store: Store,
  reports: readonly ParsedFile[],
): Promise<BatchResult[]> {
  const results: (BatchResult | undefined)[] = reports.map(() => undefined);
  const items: ParsedItem[] = [];
  const positions: number[] = [];
  const firstOf = new Map<string, number>();
  for (const [i, { parsed, file }] of reports.entries()) {
    const agencyName = parsed.agency?.trim();
    if (!agencyName) {
      const message = `${file.fileName}: no issuing agency could be found in the report`;
      results[i] = { failure: { file: file.fileName, code: 'agency_unknown', message } };
    } else if (!firstOf.has(file.sha256)) {
      firstOf.set(file.sha256, i);
      items.push({ parsed, agencyName, file });
      positions.push(i);
    }
  }
  try {
    const stored = await store.db.transaction().execute((trx) => storeParsedReports(trx, items));
    for (const [k, s] of stored.entries()) {
      const item = items[k];
      const at = positions[k];
      if (item && at !== undefined) {
        const { fileName, sha256 } = item.file;
        results[at] = { outcome: { file: fileName, status: 'imported', sha256, ...s } };
      }
    }
  } catch {
    for (const [k, item] of items.entries()) {
      const at = positions[k];
      if (at === undefined) continue;
      try {
        results[at] = { outcome: await importParsedReport(store, item.parsed, item.file) };
      } catch (error) {
        results[at] = { failure: failureOf(item.file.fileName, error) };
      }
    }
  }
  return reports.map(({ file }, i) => {
    const result = results[i];
    if (result) return result;
    // A second copy of bytes stored earlier in this batch.
    const first = results[firstOf.get(file.sha256) ?? -1];
    if (first && 'outcome' in first) {
      return { outcome: { ...first.outcome, file: file.fileName, status: 'unchanged' as const } };
    }
    return first ?? { failure: failureOf(file.fileName, new Error('not stored')) };
  });
}

/** An ImportFailure for an error thrown while importing one file. */
export function failureOf(file: string, error: unknown): ImportFailure {
  if (error instanceof ImportError) return { file, code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { file, code: 'read_failed', message: `${file}: cannot be read: ${message}` };
}
