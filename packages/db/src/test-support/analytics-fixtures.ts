import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportOutcome } from '../import/import-outcome.ts';
import { importReport } from '../import/import-report.ts';
import type { Store } from '../store.ts';
import { SAMPLE_PATH } from './sample.ts';

/** Small invented reports in the sample's format: two counties of 洛阳市, 2019–2021. */
export const FIXTURE_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

/**
 * Every fixture, by file name. 嵩县教育局 carries over 3 in 2021 after forwarding 2 in 2020 (X1);
 * 嵩县公安局 2020 does not balance (R1, flagged); 嵩县人民政府 2020 is the county's summary (X3).
 */
export const FIXTURES = [
  'songxian-jyj-2019.txt',
  'songxian-jyj-2020.txt',
  'songxian-jyj-2021.txt',
  'songxian-wjw-2019.txt',
  'songxian-wjw-2020.txt',
  'songxian-gaj-2020.txt',
  'songxian-zf-2020.txt',
  'luanchuan-jyj-2020.txt',
] as const;
export type FixtureName = (typeof FIXTURES)[number] | 'songxian-2020-zfb.txt';

/** The path of a fixture; the real sample is served from data/ under its own name. */
export function fixturePath(name: FixtureName): string {
  return name === 'songxian-2020-zfb.txt' ? SAMPLE_PATH : join(FIXTURE_DIR, name);
}

/** Imports the named fixtures (all of them and the real sample by default) in the order given. */
export async function importFixtures(
  store: Store,
  names: readonly FixtureName[] = [...FIXTURES, 'songxian-2020-zfb.txt'],
): Promise<Map<FixtureName, ImportOutcome>> {
  const outcomes = new Map<FixtureName, ImportOutcome>();
  for (const name of names) {
    const bytes = await readFile(fixturePath(name));
    outcomes.set(name, await importReport(store, { fileName: name, bytes }));
  }
  return outcomes;
}

/**
 * The numbers printed on a fixture's table row, found by the row's own label cell with a plain
 * split, so that an expectation never comes from the parser under test. Blank cells are skipped.
 */
export async function printedRow(name: FixtureName, label: string): Promise<number[]> {
  const text = await readFile(fixturePath(name), 'utf8');
  for (const line of text.split('\n')) {
    const cells = line.split('\t').map((c) => c.trim());
    const at = cells.indexOf(label);
    if (at === -1) continue;
    return cells
      .slice(at + 1)
      .filter((c) => c !== '')
      .map(Number);
  }
  throw new Error(`no row labelled ${label} in ${name}`);
}

/** The 总计 (last) column of a table-3 row. */
export async function printedTotal(name: FixtureName, label: string): Promise<number> {
  const total = (await printedRow(name, label)).at(-1);
  if (total === undefined) throw new Error(`row ${label} of ${name} has no numbers`);
  return total;
}
