import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store.ts';
import { rowCounts, SAMPLE_PATH } from '../test-support/sample.ts';
import { makeTempDir } from '../test-support/temp-dir.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { type ImportProgress, importPaths } from './import-paths.ts';

describe.each(testStoreTargets())('importPaths on $name', (target) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let dir: string;
  let removeDir: () => Promise<void>;

  beforeEach(async () => {
    const created = await target.create();
    cleanup = created.cleanup;
    store = await openStore(created.url);
    const temp = await makeTempDir('nianbao-import-');
    dir = temp.dir;
    removeDir = temp.cleanup;
    await mkdir(join(dir, 'bad'), { recursive: true });
    await mkdir(join(dir, 'good', '2020'), { recursive: true });
    await writeFile(join(dir, 'bad', 'empty.txt'), '');
    await writeFile(
      join(dir, 'bad', 'garbage.html'),
      Buffer.from([0x00, 0xff, 0x13, 0x37, 0x00, 0x42, 0xfe]),
    );
    await writeFile(join(dir, 'bad', 'readme.md'), '# not a report extension, never read');
    await copyFile(SAMPLE_PATH, join(dir, 'good', '2020', 'songxian-2020-zfb.txt'));
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
    await removeDir();
  });

  it('records failures by file name and leaves the store as it was', async () => {
    const before = await rowCounts(store);
    const { results, errors } = await importPaths(store, [join(dir, 'bad')]);
    expect(results).toEqual([]);
    expect(errors.map((e) => e.file)).toEqual([
      join(dir, 'bad', 'empty.txt'),
      join(dir, 'bad', 'garbage.html'),
    ]);
    expect(errors[0]).toMatchObject({ code: 'empty_file' });
    expect(errors.every((e) => e.message.includes(e.file))).toBe(true);
    expect(await rowCounts(store)).toEqual(before);
  });

  it('imports the sample past the failures of its batch, in sorted order, with progress', async () => {
    const progress: ImportProgress[] = [];
    const { results, errors } = await importPaths(store, [join(dir, 'good'), join(dir, 'bad')], {
      onProgress: (p) => progress.push(p),
      source: 'demo',
    });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ status: 'imported', agencyName: '嵩县人民政府办公室', year: 2020 });
    expect(errors).toHaveLength(2);
    expect(progress.map((p) => [p.done, p.total, p.file])).toEqual([
      [1, 3, join(dir, 'bad', 'empty.txt')],
      [2, 3, join(dir, 'bad', 'garbage.html')],
      [3, 3, join(dir, 'good', '2020', 'songxian-2020-zfb.txt')],
    ]);
    const counts = await rowCounts(store);
    expect(counts.reports).toBe(1);
    const stored = await store.db.selectFrom('reports').select('source').executeTakeFirstOrThrow();
    expect(stored.source).toBe('demo');

    const again = await importPaths(store, [dir, join(dir, 'good', '2020', 'songxian-2020-zfb.txt')]);
    expect(again.results.map((r) => r.status)).toEqual(['unchanged']);
    expect(await rowCounts(store)).toEqual(counts);
  });

  it('reports a path that does not exist and goes on', async () => {
    const missing = join(dir, 'missing.txt');
    const { results, errors } = await importPaths(store, [missing, SAMPLE_PATH]);
    expect(errors).toEqual([expect.objectContaining({ file: missing, code: 'read_failed' })]);
    expect(results.map((r) => r.status)).toEqual(['imported']);
  });
});
