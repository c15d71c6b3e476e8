import sqlite3 from 'sqlite3';

// Thin promise wrappers over a raw sqlite3 handle, for the checks backup and restore make on files
// that are not (or not yet) an open store.

/** Opens a database file; read-only unless `writable`. Never creates one. */
export function openFile(filename: string, writable = false): Promise<sqlite3.Database> {
  const mode = writable ? sqlite3.OPEN_READWRITE : sqlite3.OPEN_READONLY;
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(filename, mode, (error) => (error ? reject(error) : resolve(db)));
  });
}

/** Runs a statement and returns its rows. */
export function allRows<T>(db: sqlite3.Database, sql: string): Promise<T[]> {
  return new Promise((resolve, reject) => {
    db.all(sql, (error: Error | null, rows: T[]) => (error ? reject(error) : resolve(rows)));
  });
}

/** Runs SQL without results. */
export function execSql(db: sqlite3.Database, sql: string): Promise<void> {
  return new Promise((resolve, reject) => db.exec(sql, (error) => (error ? reject(error) : resolve())));
}

/** Closes a handle. */
export function closeFile(db: sqlite3.Database): Promise<void> {
  return new Promise((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
}

/** `PRAGMA integrity_check`: ['ok'] for a sound file, otherwise SQLite's list of problems. */
export async function integrityCheck(filename: string): Promise<string[]> {
  const db = await openFile(filename);
  try {
    const rows = await allRows<{ integrity_check: string }>(db, 'pragma integrity_check');
    return rows.map((r) => r.integrity_check);
  } finally {
    await closeFile(db);
  }
}

/**
 * True when another connection (the API server, an import) has the file open. In WAL mode every
 * open connection keeps a shared lock on the database file, so taking an exclusive lock without
 * waiting fails exactly when someone else is using it.
 */
export async function fileInUse(filename: string): Promise<boolean> {
  const db = await openFile(filename, true);
  try {
    await execSql(db, 'pragma busy_timeout = 0; pragma locking_mode = exclusive; begin exclusive; commit;');
    return false;
  } catch (error) {
    if (error instanceof Error && /SQLITE_BUSY|SQLITE_LOCKED/.test(error.message)) return true;
    throw error;
  } finally {
    await closeFile(db);
  }
}
