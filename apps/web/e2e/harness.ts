import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer } from '@nianbao/api';
import { importPaths, openStore, type Store } from '@nianbao/db';
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
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** A real store in a temp folder, the real server serving the built dashboard, a real Chromium. */
export async function startHarness(importFrom: string[], chromiumPath: string): Promise<Harness> {
  const dir = await mkdtemp(path.join(tmpdir(), 'nianbao-e2e-'));
  const store = await openStore(`file:${path.join(dir, 'e2e.db')}`);
  const { errors } = await importPaths(store, importFrom, { source: 'real' });
  if (errors.length > 0) throw new Error(`fixture import failed: ${JSON.stringify(errors)}`);
  const server: RunningServer = await startServer({ store, port: 0, webDir: WEB_DIR });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return {
    url: server.url,
    store,
    browser,
    async newPage() {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
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
