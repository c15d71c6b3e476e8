import { existsSync } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { sql } from 'kysely';
import type { Store } from '../store.ts';
import { BackupError } from './backup-errors.ts';
import { integrityCheck } from './sqlite-file.ts';

/** What `backupStore` did: wrote a file, or (PostgreSQL) left it to the engine's own tool. */
export type BackupResult =
  | { kind: 'file'; file: string; bytes: number }
  | { kind: 'delegated'; tool: 'pg_dump'; command: string };

/** The pg_dump call that backs up a PostgreSQL store; the URL stays in the environment, not in logs. */
export function pgDumpCommand(file: string): string {
  return `pg_dump --format=custom --no-owner --file=${JSON.stringify(file)} "$DATABASE_URL"`;
}

/**
 * Writes a consistent copy of a SQLite store to `file` while it stays in use: `VACUUM INTO` reads
 * one snapshot (a single read transaction, so writers in WAL mode carry on and nothing half-written
 * is copied), into a temporary file beside the target that is checked with `integrity_check` and
 * only then renamed into place. PostgreSQL stores are backed up with pg_dump; the command is returned.
 */
export async function backupStore(
  store: Store,
  file: string,
  options: { overwrite?: boolean } = {},
): Promise<BackupResult> {
  const target = resolve(file);
  if (store.dialect === 'postgres')
    return { kind: 'delegated', tool: 'pg_dump', command: pgDumpCommand(target) };
  if (existsSync(target) && !options.overwrite) {
    throw new BackupError('target_exists', `${target} already exists; choose a new file name`);
  }
  await mkdir(dirname(target), { recursive: true });
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  await rm(temporary, { force: true });
  try {
    await sql`vacuum into ${temporary}`.execute(store.db);
    const problems = await integrityCheck(temporary);
    if (problems.join() !== 'ok') {
      throw new BackupError('backup_corrupt', `the copy failed its integrity check: ${problems.join('; ')}`);
    }
    await rename(temporary, target);
  } finally {
    await rm(temporary, { force: true });
  }
  return { kind: 'file', file: target, bytes: (await stat(target)).size };
}
