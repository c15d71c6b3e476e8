import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '@nianbao/api';
import { countReports, createToken, importReport, integrityCheck, listAudit, openStore } from '@nianbao/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeConsistency } from '../../../../packages/db/src/reliability/store-consistency.ts';
import { SAMPLE_PATH } from '../../../../packages/db/src/test-support/sample.ts';
import { makeTempDir } from '../../../../packages/db/src/test-support/temp-dir.ts';

const BIN = fileURLToPath(new URL('../../bin/nianbao.js', import.meta.url));

/** Runs the real `nianbao` binary in a child process. */
function nianbao(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('nianbao backup and restore (the real binary, beside a running server)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('nianbao-cli-backup-'));
  });
  afterEach(() => cleanup());

  it('backs up while the server takes writes, refuses to restore under it, restores once it stops', async () => {
    const storeFile = path.join(dir, 'store', 'nianbao.db');
    const env = { DATABASE_URL: `file:${storeFile}` };
    const store = await openStore(env.DATABASE_URL);
    const { reportId } = await importReport(store, { fileName: 'a.txt', bytes: await readFile(SAMPLE_PATH) });
    const { token } = await createToken(store, { name: '编辑', role: 'editor' });
    const server = await startServer({ store, port: 0, security: { writesPerMinute: 100_000 } });

    // Corrections keep arriving through the API for as long as the backup runs.
    let writing = true;
    let acknowledged = 0;
    const writer = (async () => {
      for (let value = 1; writing; value++) {
        const res = await fetch(`${server.url}/api/reports/${reportId}/values/t2.normative.made`, {
          method: 'PATCH',
          body: JSON.stringify({ value, reason: `第${value}次核对` }),
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        });
        if (res.status === 200) acknowledged++;
      }
    })();
    const backupFile = path.join(dir, 'backups', 'nianbao-backup.db');
    const backup = await nianbao(['backup', backupFile], env);
    writing = false;
    await writer;
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain('integrity ok');
    expect(acknowledged).toBeGreaterThan(0);

    expect(await integrityCheck(backupFile)).toEqual(['ok']);
    const copy = await openStore(`file:${backupFile}`);
    const copied = (await listAudit(copy, { page: 1, pageSize: 1 })).total;
    expect(await storeConsistency(copy)).toEqual({ problems: [] });
    await copy.close();
    const live = (await listAudit(store, { page: 1, pageSize: 1 })).total;
    expect(live).toBe(acknowledged);
    expect(copied).toBeLessThanOrEqual(live);

    const refused = await nianbao(['restore', backupFile], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('store_in_use');
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect((await listAudit(store, { page: 1, pageSize: 1 })).total).toBe(live);

    await server.close();
    await store.close();
    const restored = await nianbao(['restore', backupFile], env);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('1 reports, integrity ok');
    const back = await openStore(env.DATABASE_URL);
    expect((await listAudit(back, { page: 1, pageSize: 1 })).total).toBe(copied);
    expect(await countReports(back)).toBe(1);
    await back.close();
  }, 60_000);

  it('refuses a file that is not a backup, and an existing backup target', async () => {
    const env = { DATABASE_URL: `file:${path.join(dir, 'store.db')}` };
    const store = await openStore(env.DATABASE_URL);
    await store.close();
    const notADatabase = path.join(dir, 'notes.db');
    await writeFile(notADatabase, 'hello');
    const restore = await nianbao(['restore', notADatabase], env);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain('backup_corrupt');
    const backup = await nianbao(['backup', notADatabase], env);
    expect(backup.code).toBe(1);
    expect(backup.stderr).toContain('target_exists');
  }, 30_000);

  it('leaves PostgreSQL stores to pg_restore and prints the command', async () => {
    const result = await nianbao(['restore', 'nianbao.dump'], {
      DATABASE_URL: 'postgres://db.example/nianbao',
    });
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(/^pg_restore .*--dbname="\$DATABASE_URL" .*nianbao\.dump"\n$/);
  }, 30_000);
});
