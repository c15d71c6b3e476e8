import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest } from '../generate/manifest.ts';
import { type DemoLedger, demoLedger } from './demo-ledger.ts';
import { renderLedgerCsv, renderLedgerXlsx } from './render-ledger.ts';

/** The year of the committed demo ledger. */
export const DEMO_LEDGER_YEAR = 2024;

/** Options of {@link writeDemoLedger}. */
export interface WriteDemoLedgerOptions {
  /** The demo corpus manifest whose agencies and narrative figures the ledger follows. */
  manifestPath: string;
  outDir: string;
  year?: number;
}

/** What {@link writeDemoLedger} wrote. */
export interface WriteDemoLedgerResult {
  results: { file: string; bytes: number }[];
  ledger: DemoLedger;
}

/**
 * Writes `demo-ledger-<year>.xlsx` and `.csv` (GB18030) for the demo city's units, seeded by the
 * corpus's own seed: the monthly figures add up to the narrative 报送/采用 figures each unit's
 * report of that year states.
 */
export async function writeDemoLedger(options: WriteDemoLedgerOptions): Promise<WriteDemoLedgerResult> {
  const manifest = JSON.parse(await readFile(options.manifestPath, 'utf8')) as Manifest;
  const year = options.year ?? DEMO_LEDGER_YEAR;
  const ledger = demoLedger(manifest.files, { year, seed: manifest.seed });
  if (ledger.rows.length === 0) throw new Error(`the manifest has no reports of ${year}`);
  await mkdir(options.outDir, { recursive: true });
  const outputs: [string, Uint8Array][] = [
    [`demo-ledger-${year}.xlsx`, await renderLedgerXlsx(ledger)],
    [`demo-ledger-${year}.csv`, renderLedgerCsv(ledger)],
  ];
  const results: WriteDemoLedgerResult['results'] = [];
  for (const [file, bytes] of outputs) {
    await writeFile(join(options.outDir, file), bytes);
    results.push({ file, bytes: bytes.length });
  }
  return { results, ledger };
}
