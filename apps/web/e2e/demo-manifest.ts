import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './harness.ts';

/** The demo corpus the e2e suite imports when it is there (another package generates it). */
export const DEMO_DIR = path.join(REPO_ROOT, 'data', 'reports', 'demo');
const MANIFEST = path.join(DEMO_DIR, 'manifest.json');

/** One generated report as the generator wrote it down: the truth the dashboard must show. */
export interface DemoFile {
  file: string;
  agency: string;
  regionCode: string;
  year: number;
  edition: '2019' | '2021';
  layout: string;
  flaws: unknown[];
  values: (number | null)[];
}

export interface DemoManifest {
  layouts: Record<string, string[]>;
  files: DemoFile[];
}

/** The manifest, or undefined when the corpus has not been generated. */
export function readDemoManifest(): DemoManifest | undefined {
  if (!existsSync(MANIFEST)) return undefined;
  return JSON.parse(readFileSync(MANIFEST, 'utf8')) as DemoManifest;
}

/** The value the generator printed for a code in one file (undefined: not in that layout). */
export function printedValue(
  manifest: DemoManifest,
  file: DemoFile,
  code: string,
): number | null | undefined {
  const at = manifest.layouts[file.layout]?.indexOf(code) ?? -1;
  return at === -1 ? undefined : file.values[at];
}
