import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../audit/list-audit.ts';
import { importReport } from '../import/import-report.ts';
import { getSeries } from '../queries/get-series.ts';
import { listReports } from '../queries/list-reports.ts';
import { openStore, type Store } from '../store.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { getReportDetail } from './report-detail.ts';
import { NotDeletedError, ReportNotFoundError, RestoreConflictError } from './report-errors.ts';
import { deleteReport, restoreReport } from './report-lifecycle.ts';
import { sampleAndRevision } from './revised-sample.ts';

const editor = { tokenId: null, name: 'test editor' };

describe.each(testStoreTargets())('soft delete and restore on $name', (target) => {
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

  const madeSeries = async (agencyId: number) =>
    (await getSeries(store, { metric: 't2.normative.made', agency: [agencyId] })).series[0]?.points;

  it('hides a deleted report from lists and series and brings it back on restore', async () => {
    const { reportId, agencyId } = await importReport(store, { fileName: 'a.txt', bytes: original });
    const before = await madeSeries(agencyId);
    expect(before).toEqual([{ year: 2020, value: 9, reportId }]);

    const deleted = await deleteReport(store, reportId, editor, '重复上传');
    expect(deleted).toMatchObject({ id: reportId, isCurrent: false });
    expect(deleted.deletedAt).not.toBeNull();
    expect((await listReports(store, { page: 1, pageSize: 50 })).total).toBe(0);
    expect(await madeSeries(agencyId)).toEqual([]);
    expect(await getReportDetail(store, reportId)).toBeUndefined();
    await expect(deleteReport(store, reportId, editor)).rejects.toBeInstanceOf(ReportNotFoundError);

    expect(await restoreReport(store, reportId, editor)).toEqual({
      id: reportId,
      deletedAt: null,
      isCurrent: true,
    });
    expect((await listReports(store, { page: 1, pageSize: 50 })).total).toBe(1);
    expect(await madeSeries(agencyId)).toEqual(before);
    await expect(restoreReport(store, reportId, editor)).rejects.toBeInstanceOf(NotDeletedError);
    await expect(restoreReport(store, 4242, editor)).rejects.toBeInstanceOf(ReportNotFoundError);

    const audit = await listAudit(store, { report: reportId, page: 1, pageSize: 10 });
    expect(audit.entries.map((e) => [e.action, e.reason, e.actor.name])).toEqual([
      ['restore', null, 'test editor'],
      ['delete', '重复上传', 'test editor'],
    ]);
  });

  it('lets the previous version take over while the current one is deleted', async () => {
    const v1 = await importReport(store, { fileName: 'a.txt', bytes: original });
    const v2 = await importReport(store, { fileName: 'b.txt', bytes: revised });
    expect(await madeSeries(v1.agencyId)).toEqual([{ year: 2020, value: 11, reportId: v2.reportId }]);

    await deleteReport(store, v2.reportId, editor);
    expect(await madeSeries(v1.agencyId)).toEqual([{ year: 2020, value: 9, reportId: v1.reportId }]);
    const detail = await getReportDetail(store, v1.reportId);
    expect(detail?.versions.map((v) => [v.version, v.isCurrent, v.deletedAt !== null])).toEqual([
      [1, true, false],
      [2, false, true],
    ]);

    await restoreReport(store, v2.reportId, editor);
    expect(await madeSeries(v1.agencyId)).toEqual([{ year: 2020, value: 11, reportId: v2.reportId }]);

    // Deleting the older version leaves the current one alone.
    await deleteReport(store, v1.reportId, editor);
    expect(await madeSeries(v1.agencyId)).toEqual([{ year: 2020, value: 11, reportId: v2.reportId }]);
  });

  it('refuses to restore a report whose file was imported again after the delete', async () => {
    const first = await importReport(store, { fileName: 'a.txt', bytes: original });
    await deleteReport(store, first.reportId, editor);
    const again = await importReport(store, { fileName: 'a.txt', bytes: original });
    expect(again).toMatchObject({ status: 'imported', version: 2 });
    await expect(restoreReport(store, first.reportId, editor)).rejects.toBeInstanceOf(RestoreConflictError);
    expect((await listReports(store, { page: 1, pageSize: 50 })).reports.map((r) => r.id)).toEqual([
      again.reportId,
    ]);
  });
});
