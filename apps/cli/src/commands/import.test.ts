import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '@nianbao/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../test-support/run-cli.ts';

let dir: string;
let url: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'nianbao-import-cli-'));
  await mkdir(path.join(dir, 'in', 'nested'), { recursive: true });
  await copyFile(
    path.join(REPO, 'data/reports/real/songxian-2020-zfb.txt'),
    path.join(dir, 'in', 'nested', 'songxian.txt'),
  );
  await writeFile(path.join(dir, 'in', 'empty.txt'), '');
  url = `file:${path.join(dir, 'store.db')}`;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function reportCount() {
  const store = await openStore(url);
  try {
    const row = await store.db
      .selectFrom('reports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await store.close();
  }
}

describe('nianbao import', () => {
  it('imports a folder recursively, names the failed file and its reason, and exits non-zero', async () => {
    const { code, stdout } = await runCli(['import', path.join(dir, 'in')], { DATABASE_URL: url });
    expect(code).toBe(1);
    expect(stdout).toContain('imported 1, unchanged 0, failed 1');
    expect(stdout).toMatch(/failed .*empty\.txt: empty_file/);
    expect(await reportCount()).toBe(1);
  });

  it('is idempotent by content hash: a second run changes nothing', async () => {
    const { stdout } = await runCli(['import', path.join(dir, 'in', 'nested')], { DATABASE_URL: url });
    expect(stdout).toContain('imported 0, unchanged 1, failed 0');
    expect(await reportCount()).toBe(1);
  });
});
