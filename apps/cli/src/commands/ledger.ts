import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  countLedgerEntries,
  importLedgerPaths,
  type LedgerFileFailure,
  type ReportSource,
  type Store,
} from '@nianbao/db';
import type { LedgerImportDto, LedgerImportResultDto } from '@nianbao/schema';

const USAGE = `usage:
  nianbao ledger import FILE|DIR... [--year Y] [--source real|demo|upload]
      monthly information-adoption ledgers (政务信息报送台账, CSV or .xlsx); a unit's month
      replaces what an earlier import stored; exits 1 when any row or file was rejected
  nianbao ledger demo [--out DIR]
      write data/ledger/demo-ledger-2024.xlsx and .csv from the demo corpus manifest
`;

export interface LedgerCommandOptions {
  source?: string | undefined;
  year?: string | undefined;
  out?: string | undefined;
  /** data/: where the demo corpus manifest and the demo ledger live. */
  dataDir: string;
}

const SOURCES: readonly ReportSource[] = ['real', 'demo', 'upload'];

/** Where the command writes; tests pass their own. */
export interface LedgerIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const STD_IO: LedgerIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};
const where = (sheet: string | null, row: number) => `${sheet === null ? '' : `${sheet}!`}row ${row}`;

function printResult(result: LedgerImportResultDto, out: LedgerIo['out']): void {
  const skipped = new Map<string, number>();
  for (const s of result.skipped) skipped.set(s.reason, (skipped.get(s.reason) ?? 0) + 1);
  const skippedText = [...skipped].map(([reason, n]) => `${n} ${reason}`).join(', ') || 'none';
  out(
    `${result.file}: stored ${result.stored} unit-months from ${result.acceptedRows} rows ` +
      `(${result.replaced} replaced; years ${result.years.join(', ') || '—'}); ` +
      `rejected ${result.rejected.length}; skipped ${skippedText}\n`,
  );
  for (const issue of result.rejected) {
    out(`  ${where(issue.sheet, issue.row)}: ${issue.code}: ${issue.message}\n`);
  }
}

function printFailure(failure: LedgerFileFailure, out: LedgerIo['out']): void {
  out(`  failed ${failure.file}: ${failure.code}: ${failure.message}\n`);
}

/** Imports ledger files and prints one summary per file and every rejected row; returns the batch. */
export async function importLedgerAndReport(
  store: Store,
  paths: readonly string[],
  options: { source: ReportSource; year?: number | undefined },
  out: LedgerIo['out'] = STD_IO.out,
): Promise<LedgerImportDto> {
  const batch = await importLedgerPaths(store, paths, options);
  for (const result of batch.results) printResult(result, out);
  for (const failure of batch.errors) printFailure(failure, out);
  return batch;
}

/** First start: an empty ledger takes data/ledger/ (the demo ledger), after the reports' agencies exist. */
export async function importLedgerOnFirstStart(store: Store, dataDir: string): Promise<void> {
  const dir = path.join(dataDir, 'ledger');
  if (!existsSync(dir) || (await countLedgerEntries(store)) > 0) return;
  process.stdout.write(`first start: importing ${path.relative(process.cwd(), dir) || dir} (demo ledger)\n`);
  const batch = await importLedgerPaths(store, [dir], { source: 'demo' });
  // Files may cover the same unit-months (the xlsx and its CSV twin): count what is new to the store.
  const added = batch.results.reduce((a, r) => a + r.stored - r.replaced, 0);
  const rejected = batch.results.reduce((a, r) => a + r.rejected.length, 0);
  process.stdout.write(
    `ledger: ${batch.results.length} files, ${added} unit-months, ${rejected} rows rejected, ${batch.errors.length} files failed\n`,
  );
}

/** `nianbao ledger import|demo`: 0 when everything was stored, 1 when rows or files were rejected, 2 on usage errors. */
export async function ledgerCommand(
  store: Store,
  args: string[],
  options: LedgerCommandOptions,
  io: LedgerIo = STD_IO,
): Promise<number> {
  const [sub, ...paths] = args;
  if (sub === 'demo') {
    const { writeDemoLedger } = await import('@nianbao/demo');
    const outDir = options.out ?? path.join(options.dataDir, 'ledger');
    const manifestPath = path.join(options.dataDir, 'reports', 'demo', 'manifest.json');
    const { results, ledger } = await writeDemoLedger({ manifestPath, outDir });
    for (const r of results) {
      io.out(`wrote ${path.join(path.relative(process.cwd(), outDir), r.file)} (${r.bytes} bytes)\n`);
    }
    io.out(`${ledger.rows.length} unit-months of ${ledger.year} for ${ledger.city}'s units\n`);
    return 0;
  }
  if (sub !== 'import' || paths.length === 0) {
    io.err(USAGE);
    return 2;
  }
  const source = (options.source ?? 'real') as ReportSource;
  if (!SOURCES.includes(source)) {
    io.err(`--source must be real, demo or upload, not "${options.source}"\n`);
    return 2;
  }
  const year = options.year === undefined ? undefined : Number(options.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100)) {
    io.err(`--year must be a year such as 2024, not "${options.year}"\n`);
    return 2;
  }
  const batch = await importLedgerAndReport(store, paths, { source, year }, io.out);
  const rejected = batch.results.reduce((a, r) => a + r.rejected.length, 0);
  io.out(
    `ledger: ${batch.results.length} files imported, ${rejected} rows rejected, ${batch.errors.length} files failed\n`,
  );
  return rejected > 0 || batch.errors.length > 0 ? 1 : 0;
}
