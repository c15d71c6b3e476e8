import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer } from '@nianbao/api';
import { createToken, importPaths, openStore, type Store } from '@nianbao/db';
import { type Browser, chromium, type Page } from 'playwright-core';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const WEB_DIR = path.join(REPO_ROOT, 'apps', 'web', 'dist');
/** Screenshots land here so a reviewer can look at what the browser drew. */
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-output', 'screenshots');

// Debian's chromium, started the way this machine's closed network needs (no background traffic).
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Harness {
  url: string;
  store: Store;
  browser: Browser;
  /** A bearer token of role editor, for the pages that write. */
  editorToken: string;
  /** Files that could not be imported (the demo corpus plants a few unreadable ones on purpose). */
  importErrors: readonly { file: string; code: string }[];
  newPage(options?: { width?: number; height?: number }): Promise<Page>;
  close(): Promise<void>;
}

/** A set of files imported with one provenance label. */
export interface ImportSet {
  paths: string[];
  source: 'real' | 'demo';
  /** False lets files fail (counted in `importErrors`); true throws on the first failure. */
  strict?: boolean;
}

/** A real store in a temp folder, the real server serving the built dashboard, a real Chromium. */
export async function startHarness(
  importFrom: string[] | ImportSet[],
  chromiumPath: string,
): Promise<Harness> {
  const sets: ImportSet[] =
    typeof importFrom[0] === 'string' || importFrom.length === 0
      ? [{ paths: importFrom as string[], source: 'real', strict: true }]
      : (importFrom as ImportSet[]);
  const dir = await mkdtemp(path.join(tmpdir(), 'nianbao-e2e-'));
  const store = await openStore(`file:${path.join(dir, 'e2e.db')}`);
  const importErrors: { file: string; code: string }[] = [];
  for (const set of sets) {
    const { errors } = await importPaths(store, set.paths, { source: set.source });
    if (errors.length > 0 && set.strict !== false)
      throw new Error(`fixture import failed: ${JSON.stringify(errors)}`);
    importErrors.push(...errors.map((e) => ({ file: e.file, code: e.code })));
  }
  const { token: editorToken } = await createToken(store, { name: 'e2e editor', role: 'editor' });
  const server: RunningServer = await startServer({ store, port: 0, webDir: WEB_DIR });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return {
    url: server.url,
    store,
    browser,
    editorToken,
    importErrors,
    async newPage(options = {}) {
      const page = await browser.newPage({
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        locale: 'zh-CN',
      });
      page.on('pageerror', (error) => {
        throw error;
      });
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The font families Chromium actually used to draw the text of the first node matching `selector`. */
export async function fontsUsedFor(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}
