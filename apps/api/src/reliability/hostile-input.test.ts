import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CommitResultDto, ReportDetailWithVersionsDto, UploadPreviewListDto } from '@nianbao/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import {
  type ApiFixture,
  apiFixture,
  bearer,
  SAMPLE_PATH,
  testStoreTargets,
} from '../test-support/api-fixture.ts';

/** Markup that would run if any page put it into the DOM as HTML. */
export const HOSTILE_AGENCY = '<script>window.__pwned=1</script>嵩县人民政府办公室';
export const HOSTILE_TEXT = '<img src=x onerror=window.__pwned=2><script>window.__pwned=3</script>';
export const HOSTILE_FILE_NAME = '../../etc/passwd.txt';

/** The real sample with markup in its title (so in the agency name) and in its text. */
export async function hostileReport(): Promise<Uint8Array> {
  const text = (await readFile(SAMPLE_PATH, 'utf8'))
    .replace('嵩县人民政府办公室2020年', `${HOSTILE_AGENCY}2020年`)
    .replace('一、总体情况', `一、总体情况\n${HOSTILE_TEXT}`);
  return new TextEncoder().encode(text);
}

describe.each(testStoreTargets())('hostile input on $name', (target) => {
  let f: ApiFixture;
  afterEach(() => f.close());

  it('keeps markup and path-traversal names as plain data in every answer', async () => {
    f = await apiFixture(target);
    const form = new FormData();
    form.append('file', new File([new Uint8Array(await hostileReport())], HOSTILE_FILE_NAME));
    const preview = await f.app.request('/api/reports', {
      method: 'POST',
      body: form,
      headers: bearer(f.tokens.editor),
    });
    expect(preview.status).toBe(200);
    const previewed = (await preview.json()) as UploadPreviewListDto;
    expect(previewed.results[0]).toMatchObject({ file: HOSTILE_FILE_NAME, agency: HOSTILE_AGENCY });

    const commit = await f.app.request('/api/reports/commit', {
      method: 'POST',
      body: JSON.stringify({ previews: [previewed.results[0]?.previewId] }),
      headers: { 'Content-Type': 'application/json', ...bearer(f.tokens.editor) },
    });
    const { results } = (await commit.json()) as CommitResultDto;
    const reportId = results[0]?.reportId;
    expect(results[0]).toMatchObject({ status: 'imported', agencyName: HOSTILE_AGENCY });

    const detail = await f.app.request(`/api/reports/${reportId}`);
    expect(detail.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(detail.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const body = (await detail.json()) as ReportDetailWithVersionsDto;
    expect(body.report.agencyName).toBe(HOSTILE_AGENCY);
    // The store keeps a file's own name; the path an upload claimed is dropped.
    expect(body.report.fileName).toBe('passwd.txt');
    expect(body.text).toContain(HOSTILE_TEXT);

    // The original file downloads under its own name only, sandboxed, never run as a page.
    const source = await f.app.request(`/api/reports/${reportId}/source`);
    expect(source.headers.get('Content-Disposition')).toMatch(
      /^attachment; filename="passwd\.txt"; filename\*=UTF-8''passwd\.txt$/,
    );
    expect(source.headers.get('Content-Security-Policy')).toBe("default-src 'none'; sandbox");
    expect(Buffer.from(await source.arrayBuffer())).toEqual(Buffer.from(await hostileReport()));

    // Spreadsheet exports keep the text but defuse formulas (a name starting with `=`).
    const csv = await (await f.app.request('/api/reports?format=csv')).text();
    expect(csv).toContain(HOSTILE_AGENCY);
  });

  it('sends security headers and the CSP on API, dashboard and error answers, never a stack trace', async () => {
    f = await apiFixture(target);
    const web = await mkdtemp(path.join(tmpdir(), 'nianbao-web-'));
    try {
      await writeFile(path.join(web, 'index.html'), '<!doctype html><title>年报</title>');
      const errors: unknown[] = [];
      const app = createApp({ store: f.store, webDir: web, logError: (e) => errors.push(e) });
      // API answers get a policy that lets nothing load; the dashboard document its app policy.
      const expectHeaders = (res: Response, label: string, source = "default-src 'none'") => {
        expect(res.headers.get('Content-Security-Policy'), label).toContain(source);
        expect(res.headers.get('Content-Security-Policy'), label).toContain("frame-ancestors 'none'");
        expect(res.headers.get('X-Content-Type-Options'), label).toBe('nosniff');
        expect(res.headers.get('X-Frame-Options'), label).toBe('DENY');
        expect(res.headers.get('Referrer-Policy'), label).toBe('no-referrer');
      };
      expectHeaders(await app.request('/api/health'), 'health');
      expectHeaders(await app.request('/api/no-such-thing'), '404');
      expectHeaders(await app.request('/trends'), 'dashboard', "script-src 'self'");
      const docs = await app.request('/api/docs');
      expect(docs.headers.get('Content-Security-Policy')).toBe(
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      );

      // An unexpected failure (the store is gone) is logged; the client gets the shape, no details.
      await f.store.close();
      const broken = await app.request('/api/reports');
      expect(broken.status).toBe(500);
      expectHeaders(broken, '500');
      const text = await broken.text();
      expect(JSON.parse(text)).toEqual({
        error: { code: 'internal_error', message: 'An unexpected error occurred; it has been logged.' },
      });
      expect(errors).toHaveLength(1);
    } finally {
      await rm(web, { recursive: true, force: true });
    }
  });
});
