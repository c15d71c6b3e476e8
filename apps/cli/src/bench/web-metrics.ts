import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

/** What the dashboard costs a first visit. */
export interface WebResult {
  /** Entry chunk and its static imports: what the browser must load before anything renders. */
  initialJsFiles: string[];
  initialJsBytes: number;
  initialJsGzipBytes: number;
  /** Navigation to the first drawn chart (a KPI sparkline or a Recharts line), in ms. */
  firstChartColdMs: number;
  /** The same on later visits (fresh browser context each; the API's response cache warm), median. */
  firstChartWarmMs: number;
}

/** Builds the dashboard with Vite into `outDir`, with a manifest so the entry's imports are known. */
export function buildWeb(webRoot: string, outDir: string): Promise<void> {
  // The workspace's Vite, hoisted to the repository root.
  const bin = path.resolve(webRoot, '..', '..', 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [bin, 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'],
      { cwd: webRoot, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build failed (exit ${code})`)),
    );
  });
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/** The entry chunk's file and, transitively, every chunk it imports statically (not dynamic ones). */
export async function initialChunks(outDir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
  if (!entry) throw new Error('the Vite manifest names no entry chunk');
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry[0]);
  return [...files].filter((f) => f.endsWith('.js'));
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Records, in the page, the moment the first chart has a drawn line. */
const FIRST_CHART_PROBE = `(() => {
  const drawn = () => document.querySelector('svg.sparkline path[d], path.recharts-curve[d]');
  const mark = () => {
    if (window.__firstChart === undefined && drawn()) window.__firstChart = performance.now();
  };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

/** Opens `url` in a fresh headless Chromium context and returns the ms until the first chart is drawn. */
async function firstChartMs(browser: import('playwright-core').Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(FIRST_CHART_PROBE);
    await page.goto(url, { waitUntil: 'commit' });
    // A function, not a string: the dashboard's CSP forbids evaluating strings.
    const handle = await page.waitForFunction(
      () => (globalThis as { __firstChart?: number }).__firstChart,
      undefined,
      {
        timeout: 60_000,
      },
    );
    return Number(await handle.jsonValue());
  } finally {
    await context.close();
  }
}

/** Measures the built dashboard served at `url` (the API beside it on the benchmark store). */
export async function measureWeb(outDir: string, url: string, chromiumPath: string): Promise<WebResult> {
  const files = await initialChunks(outDir);
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = await readFile(path.join(outDir, file));
    bytes += content.length;
    gzipBytes += gzipSync(content).length;
  }
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    const cold = await firstChartMs(browser, url);
    const warm: number[] = [];
    for (let i = 0; i < 3; i++) warm.push(await firstChartMs(browser, url));
    warm.sort((a, b) => a - b);
    return {
      initialJsFiles: files,
      initialJsBytes: bytes,
      initialJsGzipBytes: gzipBytes,
      firstChartColdMs: cold,
      firstChartWarmMs: warm[1] ?? cold,
    };
  } finally {
    await browser.close();
  }
}
