import { parseReport } from '@nianbao/parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDataVersion } from '../data-version/data-version.ts';
import { ImportError } from '../import/import-error.ts';
import { importReport } from '../import/import-report.ts';
import { openStore, type Store } from '../store.ts';
import { rowCounts } from '../test-support/sample.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { sampleAndRevision } from '../versions/revised-sample.ts';
import { previewReport } from './preview-report.ts';

describe.each(testStoreTargets())('previewReport on $name', (target) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let original: Buffer;
  let revised: Buffer;

  beforeEach(async () => {
    const created = await target.create();
    cleanup = created.cleanup;
    store = await openStore(created.url);
    ({ original, revised } = await sampleAndRevision());
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it('reads a file like an import would and stores nothing', async () => {
    const counts = await rowCounts(store);
    const version = await getDataVersion(store);
    const preview = await previewReport(store, { fileName: '嵩县.txt', bytes: original });
    const parsed = await parseReport(original, '嵩县.txt');
    expect(preview).toMatchObject({
      file: '嵩县.txt',
      size: original.byteLength,
      agency: '嵩县人民政府办公室',
      year: 2020,
      template: '2019',
      status: 'new',
      version: 1,
      existingReportId: null,
      values: parsed.values,
      findings: parsed.findings,
    });
    expect(await rowCounts(store)).toEqual(counts);
    expect(await getDataVersion(store)).toEqual(version);
  });

  it('says when a file is already stored or would become a new version', async () => {
    const stored = await importReport(store, { fileName: 'a.txt', bytes: original });
    const same = await previewReport(store, { fileName: 'again.txt', bytes: original });
    expect(same).toMatchObject({ status: 'unchanged', version: 1, existingReportId: stored.reportId });
    const counts = await rowCounts(store);
    const next = await previewReport(store, { fileName: 'b.txt', bytes: revised });
    expect(next).toMatchObject({ status: 'new_version', version: 2, existingReportId: stored.reportId });
    expect(next.values['t2.normative.made']).toBe(11);
    expect(await rowCounts(store)).toEqual(counts);
  });

  it('throws the import error of an unreadable file', async () => {
    await expect(
      previewReport(store, { fileName: 'empty.txt', bytes: new Uint8Array() }),
    ).rejects.toMatchObject({
      name: 'ImportError',
      code: 'empty_file',
      file: 'empty.txt',
    });
    const notes = new TextEncoder().encode('这不是年度报告。\n');
    await expect(previewReport(store, { fileName: 'n.txt', bytes: notes })).rejects.toBeInstanceOf(
      ImportError,
    );
  });
});
