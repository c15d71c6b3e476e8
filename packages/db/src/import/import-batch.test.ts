import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseReport } from '@nianbao/parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store.ts';
import { FIXTURES, fixturePath } from '../test-support/analytics-fixtures.ts';
import { storeSnapshot } from '../test-support/store-snapshot.ts';
import { makeTempDir } from '../test-support/temp-dir.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { importParsedReports } from './import-batch.ts';
import { importPaths } from './import-paths.ts';
import { importReport } from './import-report.ts';

describe.each(testStoreTargets())('batched import on $name', (target) => {
  const opened: { store: Store; cleanup: () => Promise<void> }[] = [];
  let dir: string;
  let removeDir: () => Promise<void>;

  /** Two fixture reports, read and parsed: one to import, one to break. */
  const twoReports = async () => {
    const good = await readFile(fixturePath('songxian-wjw-2019.txt'));
    const other = await readFile(fixturePath('luanchuan-jyj-2020.txt'));
    return {
      good,
      other,
      parsedGood: await parseReport(good, 'good.txt'),
      parsedOther: await parseReport(other, 'other.txt'),
    };
  };
  const statuses = (results: Awaited<ReturnType<typeof importParsedReports>>) =>
    results.map((r) => ('outcome' in r ? r.outcome.status : r.failure.code));

  const fresh = async () => {
    const created = await target.create();
    const store = await openStore(created.url);
    opened.push({ store, cleanup: created.cleanup });
    return store;
  };

  beforeEach(async () => {
    const temp = await makeTempDir('nianbao-batch-');
    dir = temp.dir;
    removeDir = temp.cleanup;
    await mkdir(dir, { recursive: true });
    // Numbered so that every path imports them in the same order; the last file is a second,
    // corrected version of an earlier one (same agency and year, other bytes).
    for (const [i, name] of [...FIXTURES, 'songxian-2020-zfb.txt' as const].entries()) {
      await copyFile(fixturePath(name), join(dir, `${String(i).padStart(2, '0')}-${name}`));
    }
    const original = await readFile(fixturePath('songxian-jyj-2020.txt'), 'utf8');
    await writeFile(join(dir, '20-songxian-jyj-2020-v2.txt'), `${original}\n（更正版）\n`);
  });
  afterEach(async () => {
    for (const { store, cleanup } of opened.splice(0)) {
      await store.close();
      await cleanup();
    }
    await removeDir();
  });

  it('leaves the store that importing the files one by one leaves, whatever the batch size', async () => {
    const { readdir } = await import('node:fs/promises');
    const files = (await readdir(dir)).sort();
    const oneByOne = await fresh();
    for (const file of files) {
      await importReport(oneByOne, { fileName: join(dir, file), bytes: await readFile(join(dir, file)) });
    }
    const expected = await storeSnapshot(oneByOne);
    expect(expected.reports.filter((r) => !r.current)).toHaveLength(1);
    expect(expected.findings.some((f) => f.rule === 'X3')).toBe(true);

    for (const batchSize of [64, 3]) {
      const batched = await fresh();
      const { results, errors } = await importPaths(batched, [dir], { batchSize });
      expect(errors).toEqual([]);
      expect(results.map((r) => r.version)).toEqual(files.map((f) => (f.includes('-v2') ? 2 : 1)));
      expect(await storeSnapshot(batched)).toEqual(expected);
    }
  });

  it('stores the same bytes twice in one batch once, and fails only the report without an agency', async () => {
    const store = await fresh();
    const bytes = await readFile(fixturePath('songxian-wjw-2019.txt'));
    const parsed = await parseReport(bytes, 'a.txt');
    const file = (fileName: string) => ({ fileName, bytes, sha256: 'same-bytes', source: 'demo' as const });
    const results = await importParsedReports(store, [
      { parsed, file: file('a.txt') },
      { parsed: { ...parsed, agency: '  ' }, file: { ...file('b.txt'), sha256: 'other' } },
      { parsed, file: file('c.txt') },
    ]);
    expect(results.map((r) => ('outcome' in r ? r.outcome.status : r.failure.code))).toEqual([
      'imported',
      'agency_unknown',
      'unchanged',
    ]);
    const [first, , third] = results;
    expect(first && 'outcome' in first && third && 'outcome' in third).toBe(true);
    if (first && 'outcome' in first && third && 'outcome' in third) {
      expect(third.outcome.reportId).toBe(first.outcome.reportId);
      expect(third.outcome.file).toBe('c.txt');
    }
    const count = await store.db
      .selectFrom('reports')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('falls back to one transaction per report when the batch fails, failing only the culprit', async () => {
    const store = await fresh();
    const { good, other, parsedGood, parsedOther } = await twoReports();
    // An unknown template breaks the reports table's check constraint, and with it the whole batch.
    const broken = { ...parsedOther, template: 'bogus' as 'unknown' };
    const results = await importParsedReports(store, [
      { parsed: parsedGood, file: { fileName: 'good.txt', bytes: good, sha256: 'g', source: 'demo' } },
      { parsed: broken, file: { fileName: 'broken.txt', bytes: other, sha256: 'b', source: 'demo' } },
    ]);
    expect(statuses(results)).toEqual(['imported', 'store_failed']);
    const names = await store.db.selectFrom('reports').select('file_name').execute();
    expect(names.map((n) => n.file_name)).toEqual(['good.txt']);
  });

  it('rolls a batch back when a value row cannot be written, and stores the other reports', async () => {
    const store = await fresh();
    const { good, other, parsedGood, parsedOther } = await twoReports();
    // A value JSON cannot carry fails the value rows' insert, which runs while the batch's derived
    // values are computed: the failure must still roll the batch back.
    const [code] = Object.keys(parsedOther.values);
    expect(code).toBeDefined();
    const broken = {
      ...parsedOther,
      values: { ...parsedOther.values, [code ?? '']: Number.POSITIVE_INFINITY },
    };
    const results = await importParsedReports(store, [
      { parsed: parsedGood, file: { fileName: 'good.txt', bytes: good, sha256: 'g', source: 'demo' } },
      { parsed: broken, file: { fileName: 'broken.txt', bytes: other, sha256: 'b', source: 'demo' } },
    ]);
    expect(statuses(results)).toEqual(['imported', 'store_failed']);
    const stored = await store.db
      .selectFrom('reports')
      .innerJoin('report_values', 'report_values.report_id', 'reports.id')
      .select(['reports.file_name', (eb) => eb.fn.countAll().as('n')])
      .groupBy('reports.file_name')
      .execute();
    expect(stored.map((r) => [r.file_name, Number(r.n)])).toEqual([
      ['good.txt', Object.keys(parsedGood.values).length],
    ]);
  });
});
