import { importPaths, type Store } from '@nianbao/db';
import { createProgress } from '../progress.ts';

type Source = 'real' | 'demo' | 'upload';

/** Imports files or folders and prints the closing summary; returns how many files failed. */
export async function importAndReport(store: Store, paths: string[], source: Source): Promise<number> {
  const progress = createProgress('导入');
  const { results, errors } = await importPaths(store, paths, {
    source,
    onProgress: ({ done, total, file }) => progress.update(done, total, file),
  });
  const imported = results.filter((r) => r.status === 'imported').length;
  const unchanged = results.filter((r) => r.status === 'unchanged').length;
  process.stdout.write(`imported ${imported}, unchanged ${unchanged}, failed ${errors.length}\n`);
  for (const e of errors) process.stdout.write(`  failed ${e.file}: ${e.code}: ${e.message}\n`);
  return errors.length;
}

/** `nianbao import PATH... [--source real|demo]`: idempotent by content hash. */
export async function importCommand(store: Store, paths: string[], source: Source): Promise<number> {
  if (paths.length === 0) {
    process.stderr.write('usage: nianbao import PATH... [--source real|demo]\n');
    return 2;
  }
  return (await importAndReport(store, paths, source)) > 0 ? 1 : 0;
}
