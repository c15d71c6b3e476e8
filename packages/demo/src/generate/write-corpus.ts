import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PdfOptions } from '../render/pdf.ts';
import { renderReport } from '../render/render-report.ts';
import type { CityShape } from './city.ts';
import { DEFAULT_DEMO_SEED, demoCorpus } from './demo-corpus.ts';
import { type Manifest, manifestEntry, manifestLayouts } from './manifest.ts';

/** Options of {@link writeDemoCorpus}. */
export interface WriteDemoCorpusOptions {
  outDir: string;
  seed?: number;
  /** A smaller city for tests; the demo corpus uses the default shape. */
  shape?: CityShape;
  pdf?: PdfOptions;
}

/** What {@link writeDemoCorpus} wrote, and the files it could not render. */
export interface WriteDemoCorpusResult {
  results: { file: string; bytes: number }[];
  errors: { file: string; message: string }[];
  manifestPath: string;
  totalBytes: number;
}

/** JSON with one line per file and per layout: readable, and diffs stay small on regeneration. */
export function formatManifest(manifest: Manifest): string {
  const layouts = Object.entries(manifest.layouts).map(
    ([k, codes]) => `  ${JSON.stringify(k)}: ${JSON.stringify(codes)}`,
  );
  const files = manifest.files.map((f) => `  ${JSON.stringify(f)}`);
  return [
    '{',
    `"generator": ${JSON.stringify(manifest.generator)},`,
    `"seed": ${manifest.seed},`,
    `"reports": ${manifest.reports},`,
    `"layouts": {\n${layouts.join(',\n')}\n},`,
    `"files": [\n${files.join(',\n')}\n]`,
    '}',
    '',
  ].join('\n');
}

/** Deletes the files a previous run listed, so a new seed leaves no stale reports behind. */
async function removePrevious(outDir: string, manifestPath: string): Promise<void> {
  let previous: Manifest;
  try {
    previous = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
  } catch {
    return;
  }
  await Promise.all((previous.files ?? []).map((f) => rm(join(outDir, f.file), { force: true })));
}

/**
 * Generates the demo corpus into `outDir`: one file per report at `<region>/<year>/<agency>.<ext>`
 * and `manifest.json` with the expected content of each. Same seed → byte-identical files.
 */
export async function writeDemoCorpus(options: WriteDemoCorpusOptions): Promise<WriteDemoCorpusResult> {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const manifestPath = join(options.outDir, 'manifest.json');
  await removePrevious(options.outDir, manifestPath);
  const entries = demoCorpus(seed, options.shape);
  const layouts = manifestLayouts();
  const manifest: Manifest = { generator: '@nianbao/demo', seed, reports: 0, layouts, files: [] };
  const results: WriteDemoCorpusResult['results'] = [];
  const errors: WriteDemoCorpusResult['errors'] = [];
  for (const entry of entries) {
    try {
      const bytes = await renderReport(entry.report, entry.spec, options.pdf);
      const path = join(options.outDir, entry.file);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, bytes);
      manifest.files.push(manifestEntry(entry, layouts));
      results.push({ file: entry.file, bytes: bytes.length });
    } catch (error) {
      errors.push({ file: entry.file, message: error instanceof Error ? error.message : String(error) });
    }
  }
  manifest.files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  manifest.reports = manifest.files.length;
  const json = formatManifest(manifest);
  await mkdir(options.outDir, { recursive: true });
  await writeFile(manifestPath, json);
  const totalBytes = results.reduce((a, r) => a + r.bytes, 0) + Buffer.byteLength(json);
  return { results, errors, manifestPath, totalBytes };
}
