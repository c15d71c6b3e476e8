import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importReport } from '../import/import-report.ts';
import { countReports } from '../queries/count-reports.ts';
import { storeConsistency } from '../reliability/store-consistency.ts';
import { openStore, type Store } from '../store.ts';
import { SAMPLE_PATH } from '../test-support/sample.ts';
import { makeTempDir } from '../test-support/temp-dir.ts';
import { BackupError } from './backup-errors.ts';
import { backupStore } from './backup-store.ts';
import { restoreStore } from './restore-store.ts';
import { integrityCheck } from './sqlite-file.ts';

/** The sample with its 规范性文件 count changed: a distinct file (new sha256) of the same report. */
async function variant(n: number): Promise<Buffer> {
  const text = (await readFile(SAMPLE_PATH, 'utf8')).replace('规范性文件\t9\t', `规范性文件\t${100 + n}\t`);
  return Buffer.from(text, 'utf8');
}

describe('backup and restore of a SQLite store', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let store: Store;
  let url: string;

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('nianbao-backup-'));
    url = `file:${join(dir, 'store', 'nianbao.db')}`;
    store = await openStore(url);
    await importReport(store, { fileName: 'a.txt', bytes: await variant(0) });
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it('copies a consistent snapshot while another connection keeps writing', async () => {
    // A second handle on the same file is a second SQLite connection, as the API server would be.
    const writer = await openStore(url);
    const writes = (async () => {
      for (let n = 1; n <= 12; n++)
        await importReport(writer, { fileName: `v${n}.txt`, bytes: await variant(n) });
    })();
    const backups: string[] = [];
    for (let i = 0; i < 4; i++) {
      const result = await backupStore(store, join(dir, `backup-${i}.db`));
      if (result.kind !== 'file') throw new Error('expected a file backup');
      backups.push(result.file);
    }
    await writes;
    await writer.close();

    for (const file of backups) {
      expect(await integrityCheck(file)).toEqual(['ok']);
      const copy = await openStore(`file:${file}`);
      try {
        // Each copy is one moment of the store: every report in it arrived with all its rows.
        expect(await storeConsistency(copy)).toEqual({ problems: [] });
        expect(await countReports(copy)).toBeGreaterThanOrEqual(1);
      } finally {
        await copy.close();
      }
    }
  });

  it('refuses to overwrite an existing file', async () => {
    const file = join(dir, 'taken.db');
    await writeFile(file, 'keep me');
    await expect(backupStore(store, file)).rejects.toMatchObject({ code: 'target_exists' });
    expect(await readFile(file, 'utf8')).toBe('keep me');
  });

  it('restores a backup over a store that is not in use, and the restored store is the backed-up one', async () => {
    const backup = join(dir, 'before.db');
    await backupStore(store, backup);
    await importReport(store, { fileName: 'later.txt', bytes: await variant(1) });
    expect(await countReports(store)).toBe(2);
    await store.close();

    const result = await restoreStore(url, backup);
    expect(result).toMatchObject({ kind: 'file', reports: 1, forced: false });
    store = await openStore(url);
    expect(await countReports(store)).toBe(1);
    expect(await storeConsistency(store)).toEqual({ problems: [] });
  });

  it('refuses a store that another process has open, unless forced', async () => {
    const backup = join(dir, 'b.db');
    await backupStore(store, backup);
    await store.close();
    const target = join(dir, 'store', 'nianbao.db');
    // Another process holding the store open, as `nianbao serve` would.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const s = require('sqlite3'); const d = new s.Database(${JSON.stringify(target)});
         d.all('select count(*) from reports', () => process.stdout.write('open\\n'));
         setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise((resolve) => holder.stdout.once('data', resolve));
      await expect(restoreStore(url, backup)).rejects.toMatchObject({ code: 'store_in_use' });
      const forced = await restoreStore(url, backup, { force: true });
      expect(forced).toMatchObject({ kind: 'file', forced: true });
    } finally {
      holder.kill('SIGKILL');
      await new Promise((resolve) => holder.once('exit', resolve));
    }
    store = await openStore(url);
  });

  it('verifies the backup first: damaged files and foreign databases are refused, the store untouched', async () => {
    const damaged = join(dir, 'damaged.db');
    await backupStore(store, damaged);
    const bytes = await readFile(damaged);
    // Zero a span of a b-tree page past the header: SQLite still opens the file, the check fails.
    bytes.fill(0xff, 4096 + 16, 4096 + 600);
    await writeFile(damaged, bytes);
    await store.close();

    const refused = restoreStore(url, damaged);
    await expect(refused).rejects.toBeInstanceOf(BackupError);
    await expect(refused).rejects.toMatchObject({ code: 'backup_corrupt' });
    await writeFile(join(dir, 'text.db'), 'not a database at all');
    await expect(restoreStore(url, join(dir, 'text.db'))).rejects.toMatchObject({ code: 'backup_corrupt' });
    await expect(restoreStore(url, join(dir, 'missing.db'))).rejects.toMatchObject({
      code: 'backup_not_found',
    });

    store = await openStore(url);
    expect(await countReports(store)).toBe(1);
  });

  it('says PostgreSQL stores are backed up and restored with pg_dump / pg_restore', async () => {
    const pg = { ...store, dialect: 'postgres' as const };
    const backup = await backupStore(pg, join(dir, 'pg.dump'));
    expect(backup).toMatchObject({ kind: 'delegated', tool: 'pg_dump' });
    if (backup.kind === 'delegated') expect(backup.command).toMatch(/^pg_dump .*"\$DATABASE_URL"$/);
    const restore = await restoreStore('postgres://db.example/nianbao', join(dir, 'pg.dump'));
    expect(restore).toMatchObject({ kind: 'delegated', tool: 'pg_restore' });
  });
});
