import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseReport } from '@nianbao/parser';
import { collectFiles } from '../import/collect-files.ts';
import { ImportError } from '../import/import-error.ts';
import { importPaths } from '../import/import-paths.ts';
import { importReport } from '../import/import-report.ts';
import { findLiveReport } from '../import/known-report.ts';
import { openStore } from '../store.ts';

// A child process for the SIGKILL suite: `node --import tsx import-child.ts URL MODE PATH...`.
// It passes over files an earlier (killed) run stored, prints `opened N` (N files left), then:
//  - MODE `paced`: imports one file per `go` line on stdin through importReport (one transaction
//    per report: the upload path), printing `parsed` when a file's transaction is about to begin
//    and its outcome after it, so the parent chooses which moment of which file it kills;
//  - MODE `batch:K`: imports the next K files (all with `batch:all`) through importPaths in batches
//    of 4 (one transaction per batch: the `nianbao import` path), printing `parsed` per file parsed
//    and each file's outcome once its batch is stored.

const [url, mode, ...paths] = process.argv.slice(2);
if (url === undefined || mode === undefined || paths.length === 0) {
  process.stderr.write('usage: import-child.ts STORE_URL paced|batch:K|batch:all PATH...\n');
  process.exit(2);
}
const store = await openStore(url);
const files: string[] = [];
for (const file of (await collectFiles(paths)).files) {
  const sha256 = createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
  if ((await findLiveReport(store.db, sha256)) === undefined) files.push(file);
}
process.stdout.write(`opened ${files.length}\n`);

let failed = 0;
if (mode.startsWith('batch:')) {
  const count = mode === 'batch:all' ? files.length : Number(mode.slice('batch:'.length));
  const { errors } = await importPaths(store, files.slice(0, count), {
    source: 'demo',
    batchSize: 4,
    parse: async (bytes, name) => {
      const parsed = await parseReport(bytes, name);
      process.stdout.write('parsed\n');
      return parsed;
    },
    onProgress: ({ outcome, error }) =>
      process.stdout.write(`${outcome?.status ?? `failed ${error?.code}`}\n`),
  });
  failed = errors.length;
} else {
  let next = 0;
  for await (const line of files.length === 0 ? [] : createInterface({ input: process.stdin })) {
    if (line !== 'go') continue;
    const file = files[next++];
    if (file === undefined) break;
    try {
      const outcome = await importReport(store, {
        fileName: file,
        bytes: await readFile(file),
        source: 'demo',
        parse: async (bytes, name) => {
          const parsed = await parseReport(bytes, name);
          process.stdout.write('parsed\n');
          return parsed;
        },
      });
      process.stdout.write(`${outcome.status}\n`);
    } catch (error) {
      failed++;
      process.stdout.write(`failed ${error instanceof ImportError ? error.code : String(error)}\n`);
    }
    if (next === files.length) break;
  }
}
await store.close();
process.stdout.write(`finished ${failed}\n`);
process.exit(0);
