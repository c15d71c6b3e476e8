import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseReport } from '@nianbao/parser';
import { collectFiles } from '../import/collect-files.ts';
import { ImportError } from '../import/import-error.ts';
import { importReport } from '../import/import-report.ts';
import { findLiveReport } from '../import/known-report.ts';
import { openStore } from '../store.ts';

// A child process for the SIGKILL suite: `node --import tsx import-child.ts URL PATH...` imports the
// files under PATH with the pipeline `nianbao import` uses (one transaction per file), but paced by
// its parent: each `go` line on stdin imports the next file, and a line on stdout reports it. The
// parent thus decides which file is in flight when it kills, however loaded the machine is; a
// `parsed` line marks the moment a file's store transaction is about to begin.

const [url, ...paths] = process.argv.slice(2);
if (url === undefined || paths.length === 0) {
  process.stderr.write('usage: import-child.ts STORE_URL PATH...\n');
  process.exit(2);
}
const store = await openStore(url);
// Files an earlier (killed) run already stored are passed over, so every `go` is new work.
const files: string[] = [];
for (const file of (await collectFiles(paths)).files) {
  const sha256 = createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
  if ((await findLiveReport(store.db, sha256)) === undefined) files.push(file);
}
process.stdout.write(`opened ${files.length}\n`);
let next = 0;
let failed = 0;
for await (const line of files.length === 0 ? [] : createInterface({ input: process.stdin })) {
  if (line !== 'go') continue;
  const file = files[next++];
  if (file === undefined) break;
  try {
    const outcome = await importReport(store, {
      fileName: file,
      bytes: await readFile(file),
      source: 'demo',
      // Tells the parent the file is read and its transaction is about to begin.
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
await store.close();
process.stdout.write(`finished ${failed}\n`);
process.exit(0);
