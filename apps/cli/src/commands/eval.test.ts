import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evalCommand } from './eval.ts';

const fixtures = fileURLToPath(new URL('../../../../packages/parser/fixtures/', import.meta.url));

/** Runs the command, capturing what it writes to stdout and stderr. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  const code = await evalCommand(args);
  return { code, out, err };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('nianbao eval', () => {
  it('prints per-file and overall precision and recall, exit 0 at 100%', { timeout: 60_000 }, async () => {
    const { code, out } = await run([fixtures]);
    expect(out).toContain('songxian-2020-zfb.txt: precision 100.00% (206/206) · recall 100.00% (206/206)');
    expect(out).toMatch(/overall: precision 100\.00% \(\d+\/\d+\) · recall 100\.00%/u);
    expect(code).toBe(0);
  });

  it('lists every wrong cell and exits 1 below 100%', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-eval-'));
    copyFileSync(join(fixtures, 'songxian-2020-zfb.txt'), join(dir, 'r.txt'));
    const truth = JSON.parse(readFileSync(join(fixtures, 'songxian-2020-zfb.expected.json'), 'utf8'));
    truth.t4.review = [1, 0, 0, 0, 1];
    writeFileSync(join(dir, 'r.expected.json'), JSON.stringify(truth));
    const { code, out } = await run([dir]);
    expect(out).toContain('wrong   t4.review.upheld: expected 1, got 0');
    expect(out).toContain('wrong   t4.review.total: expected 1, got 0');
    expect(out).toContain('1 reports, 1 with differences');
    expect(code).toBe(1);
  });

  it('refuses a missing folder and a folder without expectations', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run([join(tmpdir(), 'no-such-folder-nianbao')])).code).toBe(2);
    const empty = mkdtempSync(join(tmpdir(), 'nianbao-cli-eval-empty-'));
    const { code, err } = await run([empty]);
    expect(code).toBe(1);
    expect(err).toContain('no *.expected.json');
  });
});
