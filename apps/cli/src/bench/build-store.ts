import { importParsedReports, type ParsedFile, type Store } from '@nianbao/db';
import { fastReports } from '@nianbao/demo';
import { type ProvinceNames, syntheticParsed } from './synthetic-parsed.ts';

export interface BuildOptions {
  count: number;
  seed: number;
  /** Reports per import transaction. */
  batch: number;
  onProgress?: (line: string) => void;
}

/**
 * Reports per transaction on the fast path: the per-batch statements (the rollup upsert above all,
 * whose rows are shared by the reports of a region, year and kind) then cost little per report.
 */
export const FAST_PATH_BATCH = 512;

/** Reports generated between two turns of the event loop while a batch is being stored. */
const YIELD_EVERY = 4;

/**
 * The benchmark's fast path: synthetic reports straight into the store through the import's own
 * batch store function (importParsedReports), skipping only rendering and parsing, which the
 * parse and import measurements cover on their own.
 */
export async function buildSyntheticStore(
  store: Store,
  options: BuildOptions,
): Promise<{ reports: number; failed: number; values: number }> {
  const provinces: ProvinceNames = new Map();
  const started = performance.now();
  const step = Math.max(1000, Math.round(options.count / 20));
  let reports = 0;
  let failed = 0;
  let values = 0;
  const flush = async (batch: ParsedFile[]) => {
    const results = await importParsedReports(store, batch);
    for (const [i, result] of results.entries()) {
      if ('failure' in result) failed++;
      else if (result.outcome.status === 'imported') {
        reports++;
        values += Object.keys(batch[i]?.parsed.values ?? {}).length;
      }
    }
    const before = Math.floor((reports + failed - results.length) / step);
    if (Math.floor((reports + failed) / step) > before) {
      const seconds = (performance.now() - started) / 1000;
      options.onProgress?.(
        `  fast path: ${reports.toLocaleString('en')} / ${options.count.toLocaleString('en')} reports, ` +
          `${Math.round(reports / seconds)}/s, rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`,
      );
    }
  };
  // The next batch is generated while the one before is stored, as a parse would run ahead of the
  // store: SQLite works on the thread pool meanwhile, and this thread yields every few reports so
  // that the batch in flight goes on to its next statement without waiting for a whole batch.
  let pending: ParsedFile[] = [];
  let storing: Promise<void> = Promise.resolve();
  for (const report of fastReports(options.seed, options.count)) {
    pending.push(syntheticParsed(report, provinces));
    if (pending.length % YIELD_EVERY === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    if (pending.length >= options.batch) {
      await storing;
      storing = flush(pending);
      pending = [];
    }
  }
  await storing;
  if (pending.length > 0) await flush(pending);
  return { reports, failed, values };
}
