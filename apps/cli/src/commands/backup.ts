import { BackupError, backupStore, type Store } from '@nianbao/db';
import type { CommandOutput } from './token.ts';

const processOutput: CommandOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/**
 * `nianbao backup FILE`: a consistent copy of the SQLite store, safe to take while `nianbao serve`
 * runs. A PostgreSQL store is backed up with pg_dump; the command is printed and nothing is written.
 */
export async function backupCommand(
  store: Store,
  args: readonly string[],
  io: CommandOutput = processOutput,
): Promise<number> {
  const [file, ...extra] = args;
  if (file === undefined || extra.length > 0) {
    io.err('usage: nianbao backup FILE   (a new file; SQLite stores only — PostgreSQL uses pg_dump)\n');
    return 2;
  }
  try {
    const result = await backupStore(store, file);
    if (result.kind === 'delegated') {
      io.err('the store is PostgreSQL: nianbao backup leaves it to pg_dump. Run:\n');
      io.out(`${result.command}\n`);
      return 3;
    }
    io.out(`backup written to ${result.file} (${mib(result.bytes)}, integrity ok)\n`);
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      io.err(`backup refused (${error.code}): ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
