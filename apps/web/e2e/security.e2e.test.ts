import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createToken, getDataVersion } from '@nianbao/db';
import type { CommitResultDto, ReportListDto, UploadPreviewListDto } from '@nianbao/schema';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAV_ITEMS } from '../src/app-shell.tsx';
import { type Harness, REPO_ROOT, SCREENSHOT_DIR, startHarness } from './harness.ts';

const SAMPLE = path.join(REPO_ROOT, 'data', 'reports', 'real', 'songxian-2020-zfb.txt');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Markup that would run if the dashboard ever put report data into the DOM as HTML. */
const AGENCY = '<script>window.__pwned=1</script>嵩县人民政府办公室';
const TEXT = '<img src=x onerror=window.__pwned=2><script>window.__pwned=3</script>';
/** A real file name on disk, itself markup. */
const MARKUP_FILE_NAME = '<img src=x onerror=window.__pwned=4>.txt';

let harness: Harness;
let dir: string;
let adminToken: string;
let reportId: number;

/** The sample with markup in its title (so the agency name) and its text; `variant` changes a figure. */
async function hostileReport(variant = 0): Promise<string> {
  return (await readFile(SAMPLE, 'utf8'))
    .replace('嵩县人民政府办公室2020年', `${AGENCY}2020年`)
    .replace('一、总体情况', `一、总体情况\n${TEXT}`)
    .replace('规范性文件\t9\t', `规范性文件\t${9 + variant}\t`);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'nianbao-e2e-hostile-'));
  await writeFile(path.join(dir, MARKUP_FILE_NAME), await hostileReport());
  harness = await startHarness([path.join(dir, MARKUP_FILE_NAME)], CHROMIUM);
  adminToken = (await createToken(harness.store, { name: '管理员', role: 'admin' })).token;

  // A second version, uploaded through the API under a path-traversal name.
  const form = new FormData();
  form.append('file', new File([await hostileReport(1)], '../../etc/passwd.txt'));
  const auth = { Authorization: `Bearer ${harness.editorToken}` };
  const preview = (await (
    await fetch(`${harness.url}/api/reports`, { method: 'POST', body: form, headers: auth })
  ).json()) as UploadPreviewListDto;
  const commit = (await (
    await fetch(`${harness.url}/api/reports/commit`, {
      method: 'POST',
      body: JSON.stringify({ previews: preview.results.map((r) => r.previewId) }),
      headers: { ...auth, 'Content-Type': 'application/json' },
    })
  ).json()) as CommitResultDto;
  const id = commit.results[0]?.reportId;
  if (id === undefined) throw new Error(`the hostile upload was not imported: ${JSON.stringify(commit)}`);
  reportId = id;
}, 120_000);

afterAll(async () => {
  await harness?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A page that records every CSP violation and console complaint, from before the app's first script. */
async function watchedPage(): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  // An own context (not harness.newPage) so a test can open a second, foreign-origin page beside it.
  const context = await harness.browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  const problems: string[] = [];
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy|Refused to/.test(message.text())) {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  return { page, problems, close: () => context.close() };
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

async function login(page: Page, token: string) {
  await page.goto(`${harness.url}/login`);
  await page.getByLabel('令牌').fill(token);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('button', { name: '退出' }).waitFor({ timeout: 20_000 });
}

describe('the dashboard in Chromium under its Content-Security-Policy', () => {
  it('runs every page without a single CSP violation or console error', async () => {
    const { page, problems, close } = await watchedPage();
    await login(page, adminToken);
    const paths = [
      ...NAV_ITEMS.map((item) => item.to),
      `/reports/${reportId}`,
      '/login',
      '/tokens',
      '/no-such-page',
      '/api/docs',
    ];
    for (const at of paths) {
      const response = await page.goto(`${harness.url}${at}`, { waitUntil: 'networkidle' });
      expect(response?.headers()['content-security-policy'], at).toBeTruthy();
      if (!at.startsWith('/api/'))
        await page.locator('#main h1, #main .state-title').first().waitFor({ timeout: 20_000 });
      expect(await violations(page), at).toEqual([]);
    }
    expect(problems).toEqual([]);
    await close();
  }, 120_000);

  it('shows markup from reports and file names as text: nothing runs, nothing is injected', async () => {
    const { page, problems, close } = await watchedPage();
    await page.goto(`${harness.url}/reports`, { waitUntil: 'networkidle' });
    const table = page.getByTestId('reports-table');
    await expect.poll(() => table.textContent(), { timeout: 20_000 }).toContain(AGENCY);

    await page.goto(`${harness.url}/reports/${reportId}`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('#main').textContent(), { timeout: 20_000 }).toContain(AGENCY);
    await expect.poll(() => page.locator('#main').textContent()).toContain(TEXT);
    const main = (await page.locator('#main').textContent()) ?? '';
    // The stored name of the upload is its own name; the claimed path never appears.
    expect(main).toContain('passwd.txt');
    expect(main).not.toContain('../../etc/passwd.txt');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'hostile-report.png'), fullPage: true });

    expect(await pwned(page)).toBeUndefined();
    expect(await page.locator('#main img[src="x"], #main script').count()).toBe(0);
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);

    // The version list shows the file named with markup as text as well.
    const list = (await (await fetch(`${harness.url}/api/reports?pageSize=10`)).json()) as ReportListDto;
    expect(list.reports.map((r) => r.fileName)).toContain('passwd.txt');
    await close();
  }, 60_000);
});

describe('login, CSRF and token management in Chromium', () => {
  it('logs in with a token into an HttpOnly SameSite=Strict cookie that edits from this origin only', async () => {
    const { page, close } = await watchedPage();
    await login(page, harness.editorToken);
    expect(await page.getByTestId('session-menu').textContent()).toContain('e2e editor（编辑）');

    const cookies = await page.context().cookies(`${harness.url}/api/session`);
    const session = cookies.find((c) => c.name === 'nianbao_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api', secure: false });
    expect(await page.evaluate(() => document.cookie)).not.toContain('nianbao_session');

    // The dashboard's own requests carry the cookie: a correction from this origin goes through.
    const url = `/api/reports/${reportId}/values/t2.normative.made`;
    const own = await page.evaluate(async (target) => {
      const res = await fetch(target, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ value: 77, reason: '核对原件' }),
      });
      return res.status;
    }, url);
    expect(own).toBe(200);

    // Another site (localhost is not 127.0.0.1) in the same browser: the cookie stays home.
    const before = await getDataVersion(harness.store);
    // Same browser context, so the session cookie is there to be (not) sent.
    const other = await page.context().newPage();
    const foreign = harness.url.replace('127.0.0.1', 'localhost');
    await other.goto(`${foreign}/login`);
    const attempt = await other.evaluate(async (target) => {
      try {
        const res = await fetch(target, {
          method: 'PATCH',
          credentials: 'include',
          headers: { 'Content-Type': 'text/plain' },
          body: JSON.stringify({ value: 666, reason: 'csrf' }),
        });
        return `status ${res.status}`;
      } catch {
        return 'blocked';
      }
    }, `${harness.url}${url}`);
    // Either way (refused, or unreadable to the other site), nothing changed.
    expect(attempt).toMatch(/^(blocked|status 40[13])$/);
    expect(await getDataVersion(harness.store)).toEqual(before);

    // With the session alone (no pasted token), the import page reads dropped files.
    await page.goto(`${harness.url}/import`, { waitUntil: 'networkidle' });
    const text = await hostileReport(2);
    const dataTransfer = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'session-upload.txt', { type: 'text/plain' }));
      return transfer;
    }, text);
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
    const item = page.getByTestId('upload-item').filter({ hasText: 'session-upload.txt' });
    await item.getByTestId('upload-preview').waitFor({ timeout: 30_000 });
    expect(await item.getByTestId('preview-agency').textContent()).toBe(AGENCY);

    await page.getByRole('button', { name: '退出' }).click();
    await page.getByRole('link', { name: '登录' }).waitFor();
    expect(
      (await page.context().cookies(`${harness.url}/api/session`)).find((c) => c.name === 'nianbao_session'),
    ).toBeUndefined();
    const after = await page.evaluate(async (target) => {
      const res = await fetch(target, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ value: 78, reason: '退出后' }),
      });
      return res.status;
    }, url);
    expect(after).toBe(401);
    await close();
  }, 90_000);

  it('lets an admin create a token with an expiry, shown once, and revoke it', async () => {
    const { page, problems, close } = await watchedPage();
    await login(page, adminToken);
    await page.getByRole('link', { name: '令牌管理' }).click();
    await page.getByTestId('token-table').waitFor({ timeout: 20_000 });
    await page.getByLabel('名称').fill('临时编辑 <b>张三</b>');
    await page.getByLabel('有效期').selectOption({ label: '30 天' });
    await page.getByRole('button', { name: '创建令牌' }).click();
    const shown = page.getByTestId('new-token');
    await shown.waitFor();
    const token = (await shown.locator('code').textContent()) ?? '';
    expect(token).toMatch(/^nb_[A-Za-z0-9_-]{43}$/);

    const row = page.getByTestId('token-table').locator('tr', { hasText: '临时编辑 <b>张三</b>' });
    await row.waitFor();
    expect(await row.textContent()).toContain('有效');
    const holder = await fetch(`${harness.url}/api/session`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const who = (await holder.json()) as { token: { role: string; expiresAt: string } };
    expect(who.token.role).toBe('editor');
    const days = (Date.parse(who.token.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);

    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: '吊销' }).click();
    await expect.poll(() => row.textContent()).toContain('已吊销');
    const revoked = await fetch(`${harness.url}/api/session`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(revoked.status).toBe(401);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'tokens.png'), fullPage: true });
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  }, 60_000);
});
