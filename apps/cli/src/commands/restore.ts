import { BackupError, restoreStore } from '@nianbao/db';
import type { CommandOutput } from './token.ts';

const processOutput: CommandOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/**
 * `nianbao restore FILE [--force]`: replaces the store with a backup after checking the backup's
 * integrity. Refuses while another process (the server, an import) has the store open, unless
 * --force. Runs without opening the store itself, so it never holds the file it replaces.
 */
export async function restoreCommand(
  url: string,
  args: readonly string[],
  options: { force: boolean },
  io: CommandOutput = processOutput,
): Promise<number> {
  const [file, ...extra] = args;
  if (file === undefined || extra.length > 0) {
    io.err('usage: nianbao restore FILE [--force]   (FILE written by nianbao backup)\n');
    return 2;
  }
  try {
    const result = await restoreStore(url, file, { force: options.force });
    if (result.kind === 'delegated') {
      io.err('the store is PostgreSQL: nianbao restore leaves it to pg_restore. Run:\n');
      io.out(`${result.command}\n`);
      return 3;
    }
    if (result.forced) {
      io.err(
        'restored with --force while the store was in use: restart the server now, it still has the old file open\n',
      );
    }
    io.out(`restored ${result.file} from ${file}: ${result.reports} reports, integrity ok\n`);
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      io.err(`restore refused (${error.code}): ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
