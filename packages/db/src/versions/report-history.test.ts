import { createHash } from 'node:crypto';
import { parseReport } from '@nianbao/parser';
import { reportDetailWithVersionsDtoSchema } from '@nianbao/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importReport } from '../import/import-report.ts';
import { openStore, type Store } from '../store.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { diffReportVersions } from './diff-versions.ts';
import { getReportDetail } from './report-detail.ts';
import { ReportNotFoundError, VersionNotFoundError } from './report-errors.ts';
import { getReportSource } from './report-source.ts';
import { sampleAndRevision } from './revised-sample.ts';

describe.each(testStoreTargets())('report versions on $name', (target) => {
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

  it('makes a changed file for the same agency and year version 2 and lists both versions', async () => {
    const v1 = await importReport(store, { fileName: '嵩县2020年报.txt', bytes: original });
    const v2 = await importReport(store, { fileName: '嵩县2020年报（修订）.txt', bytes: revised });
    expect([v1.version, v2.version]).toEqual([1, 2]);

    const detail = await getReportDetail(store, v2.reportId);
    if (!detail) throw new Error('report 2 not found');
    expect(reportDetailWithVersionsDtoSchema.parse(detail)).toEqual(detail);
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(detail.versions).toEqual([
      expect.objectContaining({ id: v1.reportId, version: 1, sha256: sha(original), isCurrent: false }),
      expect.objectContaining({ id: v2.reportId, version: 2, sha256: sha(revised), isCurrent: true }),
    ]);
    expect(detail.versions.every((v) => v.deletedAt === null && v.importedAt !== '')).toBe(true);
    const old = await getReportDetail(store, v1.reportId);
    expect(old?.versions).toEqual(detail.versions);
    expect(detail.values.every((v) => v.corrected === false && v.extracted === undefined)).toBe(true);
  });

  it('diffs two versions down to exactly the cells whose printed values differ', async () => {
    const v1 = await importReport(store, { fileName: 'a.txt', bytes: original });
    const v2 = await importReport(store, { fileName: 'b.txt', bytes: revised });
    const [p1, p2] = await Promise.all([parseReport(original, 'a.txt'), parseReport(revised, 'b.txt')]);
    const expected = Object.keys({ ...p1.values, ...p2.values })
      .filter((code) => p1.values[code] !== p2.values[code])
      .sort();
    expect(expected).toEqual(['t2.normative.made', 't2.procurement.count']);

    const diff = await diffReportVersions(store, v2.reportId, 1);
    expect(diff.from).toEqual({ reportId: v1.reportId, version: 1 });
    expect(diff.to).toEqual({ reportId: v2.reportId, version: 2 });
    expect(diff.changes).toEqual(
      expected.map((code) => ({
        code,
        change: 'changed',
        before: p1.values[code] ?? null,
        after: p2.values[code] ?? null,
      })),
    );
    const backwards = await diffReportVersions(store, v1.reportId, 2);
    expect(backwards.changes.map((c) => [c.code, c.before, c.after])).toEqual(
      diff.changes.map((c) => [c.code, c.after, c.before]),
    );
    expect((await diffReportVersions(store, v2.reportId, 2)).changes).toEqual([]);
    await expect(diffReportVersions(store, v2.reportId, 7)).rejects.toBeInstanceOf(VersionNotFoundError);
    await expect(diffReportVersions(store, 99999, 1)).rejects.toBeInstanceOf(ReportNotFoundError);
  });

  it('marks cells that only one version prints as added or removed', async () => {
    const v1 = await importReport(store, { fileName: 'a.txt', bytes: original });
    // The revision drops the procurement row: both of its cells disappear from version 2.
    const dropped = Buffer.from(
      original.toString('utf8').replace(/政府集中采购\t5\t15\.91\t*\n/, ''),
      'utf8',
    );
    const v2 = await importReport(store, { fileName: 'b.txt', bytes: dropped });
    const removed = await diffReportVersions(store, v2.reportId, 1);
    expect(removed.changes).toEqual([
      { code: 't2.procurement.amount', change: 'removed', before: 15.91, after: null },
      { code: 't2.procurement.count', change: 'removed', before: 5, after: null },
    ]);
    const added = await diffReportVersions(store, v1.reportId, 2);
    expect(added.changes.map((c) => [c.code, c.change, c.before, c.after])).toEqual([
      ['t2.procurement.amount', 'added', null, 15.91],
      ['t2.procurement.count', 'added', null, 5],
    ]);
  });

  it('returns the original bytes of a report with its name, format and encoding', async () => {
    const { reportId } = await importReport(store, { fileName: 'reports/嵩县2020年报.txt', bytes: original });
    const source = await getReportSource(store, reportId);
    expect(source).toMatchObject({ fileName: '嵩县2020年报.txt', format: 'txt', encoding: 'utf-8' });
    expect(Buffer.from(source?.bytes ?? new Uint8Array()).equals(original)).toBe(true);
    expect(await getReportSource(store, reportId + 1000)).toBeUndefined();
  });
});
