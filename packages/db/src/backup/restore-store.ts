import { existsSync } from 'node:fs';
import { copyFile, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { StaticMigrationProvider } from '../migrations/migration-provider.ts';
import { countReports } from '../queries/count-reports.ts';
import { openStore, parseStoreUrl } from '../store.ts';
import { BackupError } from './backup-errors.ts';
import { allRows, closeFile, fileInUse, integrityCheck, openFile } from './sqlite-file.ts';

/** What `restoreStore` did. */
export type RestoreResult =
  | { kind: 'file'; file: string; reports: number; forced: boolean }
  | { kind: 'delegated'; tool: 'pg_restore'; command: string };

/** The pg_restore call that loads a pg_dump backup into the store named by DATABASE_URL. */
export function pgRestoreCommand(file: string): string {
  return `pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" ${JSON.stringify(file)}`;
}

const REQUIRED_TABLES = ['kysely_migration', 'reports', 'report_values', 'data_version'];

/** Refuses a backup that is damaged, is not a Nianbao store, or was made by a newer Nianbao. */
async function verifyBackup(file: string): Promise<void> {
  if (!existsSync(file)) throw new BackupError('backup_not_found', `${file} does not exist`);
  let problems: string[];
  try {
    problems = await integrityCheck(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackupError('backup_corrupt', `${file} is not a readable SQLite database (${reason})`);
  }
  if (problems.join() !== 'ok') {
    throw new BackupError('backup_corrupt', `${file} failed its integrity check: ${problems.join('; ')}`);
  }
  const db = await openFile(file);
  try {
    const tables = new Set(
      (await allRows<{ name: string }>(db, "select name from sqlite_master where type = 'table'")).map(
        (r) => r.name,
      ),
    );
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length > 0) {
      throw new BackupError('not_a_store', `${file} is not a Nianbao store (no ${missing.join(', ')} table)`);
    }
    const known = new Set(Object.keys(await new StaticMigrationProvider('sqlite').getMigrations()));
    const applied = await allRows<{ name: string }>(db, 'select name from kysely_migration');
    const unknown = applied.map((r) => r.name).filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new BackupError(
        'backup_too_new',
        `${file} was written by a newer Nianbao (migrations ${unknown.join(', ')}); upgrade first`,
      );
    }
  } finally {
    await closeFile(db);
  }
}

/**
 * Replaces the SQLite store at `url` with a backup: the backup is verified first (integrity check,
 * a Nianbao schema this version knows); a store another process has open is refused unless `force`.
 * The copy is written beside the store, flushed, and renamed into place, and the old store's WAL
 * files are removed so none of their pages is replayed onto the restored file. The result is
 * opened once, which migrates a backup from an older version.
 */
export async function restoreStore(
  url: string,
  backupFile: string,
  options: { force?: boolean } = {},
): Promise<RestoreResult> {
  const location = parseStoreUrl(url);
  const source = resolve(backupFile);
  if (location.dialect === 'postgres') {
    return { kind: 'delegated', tool: 'pg_restore', command: pgRestoreCommand(source) };
  }
  const target = location.filename;
  if (target === ':memory:')
    throw new BackupError('not_a_file_store', 'an in-memory store cannot be restored');
  if (source === target) throw new BackupError('same_file', `${source} is the store itself`);
  await verifyBackup(source);

  const forced = Boolean(options.force);
  if (existsSync(target) && (await fileInUse(target)) && !forced) {
    throw new BackupError(
      'store_in_use',
      `${target} is open in another process (the server or an import); stop it first, or pass --force`,
    );
  }
  await mkdir(dirname(target), { recursive: true });
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.restoring`);
  try {
    await copyFile(source, temporary);
    const handle = await open(temporary, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rm(`${target}-wal`, { force: true });
    await rm(`${target}-shm`, { force: true });
    await rename(temporary, target);
  } finally {
    await rm(temporary, { force: true });
  }
  const store = await openStore(`file:${target}`);
  try {
    return { kind: 'file', file: target, reports: await countReports(store), forced };
  } finally {
    await store.close();
  }
}
