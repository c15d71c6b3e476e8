import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../audit/list-audit.ts';
import { importReport } from '../import/import-report.ts';
import { getReport } from '../queries/get-report.ts';
import { getSeries } from '../queries/get-series.ts';
import { openStore, type Store } from '../store.ts';
import { SAMPLE_PATH } from '../test-support/sample.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { getReportDetail } from '../versions/report-detail.ts';
import { ReportNotFoundError } from '../versions/report-errors.ts';
import { CorrectionReasonError, correctValue } from './correct-value.ts';
import { NotCorrectableError } from './correction-errors.ts';

const editor = { tokenId: null, name: '编辑甲' };

describe.each(testStoreTargets())('correctValue on $name', (target) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let reportId: number;
  let agencyId: number;

  beforeEach(async () => {
    const created = await target.create();
    cleanup = created.cleanup;
    store = await openStore(created.url);
    ({ reportId, agencyId } = await importReport(store, {
      fileName: 'songxian.txt',
      bytes: await readFile(SAMPLE_PATH),
    }));
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  const point = async (metric: string) =>
    (await getSeries(store, { metric, agency: [agencyId] })).series[0]?.points[0]?.value;

  it('changes what series show, keeps the extracted value and writes an audit row', async () => {
    expect(await point('t2.normative.made')).toBe(9);
    const result = await correctValue(store, {
      reportId,
      code: 't2.normative.made',
      value: 12,
      reason: '原表抄录错误，以发文登记为准',
      actor: editor,
    });
    expect(result).toMatchObject({ value: 12, extracted: 9, corrected: true, changed: true });
    expect(await point('t2.normative.made')).toBe(12);

    const detail = await getReportDetail(store, reportId);
    const made = detail?.values.find((v) => v.code === 't2.normative.made');
    expect(made).toMatchObject({ value: 12, extracted: 9, corrected: true });
    expect(made?.correction).toMatchObject({ reason: '原表抄录错误，以发文登记为准', by: '编辑甲' });
    // The span still points at the printed 9: provenance is about the file, not the correction.
    expect(detail?.text.slice(made?.start ?? 0, made?.end ?? 0)).toBe('9');

    const audit = await listAudit(store, { report: reportId, page: 1, pageSize: 10 });
    expect(audit.total).toBe(1);
    expect(audit.entries[0]).toMatchObject({
      id: result.auditId,
      action: 'correct',
      code: 't2.normative.made',
      oldValue: 9,
      newValue: 12,
      reason: '原表抄录错误，以发文登记为准',
      actor: { tokenId: null, name: '编辑甲' },
    });
  });

  it('feeds corrected cells into sums, ratios and the in-report checks', async () => {
    expect((await getReport(store, reportId))?.findings.some((f) => f.rule === 'R1')).toBe(false);
    await correctValue(store, {
      reportId,
      code: 't3.new.total',
      value: 5,
      reason: '核对申请登记簿',
      actor: editor,
    });
    const detail = await getReport(store, reportId);
    expect(detail?.findings.find((f) => f.rule === 'R1')).toMatchObject({ severity: 'error' });
    expect(detail?.report.findingCounts.error).toBeGreaterThan(0);

    await correctValue(store, {
      reportId,
      code: 't3.denied.state_secret.total',
      value: 2,
      reason: '补录',
      actor: editor,
    });
    const stored = await store.db
      .selectFrom('derived_values')
      .select('value')
      .where('report_id', '=', reportId)
      .where('code', '=', 't3.denied.total')
      .executeTakeFirst();
    expect(stored?.value).toBe(2);
    expect(await point('t3.denied.total')).toBe(2);

    // Setting it back to what the file printed removes the correction and the finding.
    const back = await correctValue(store, {
      reportId,
      code: 't3.new.total',
      value: 0,
      reason: '撤销',
      actor: editor,
    });
    expect(back).toMatchObject({ corrected: false, changed: true, extracted: 0 });
    const restored = await getReportDetail(store, reportId);
    expect(restored?.findings.some((f) => f.rule === 'R1')).toBe(false);
    expect(restored?.values.find((v) => v.code === 't3.new.total')).toMatchObject({
      value: 0,
      corrected: false,
    });
    const audit = await listAudit(store, { report: reportId, action: 'correct', page: 1, pageSize: 10 });
    expect(audit.entries.map((e) => [e.code, e.oldValue, e.newValue])).toEqual([
      ['t3.new.total', 5, 0],
      ['t3.denied.state_secret.total', null, 2],
      ['t3.new.total', 0, 5],
    ]);
  });

  it('fills a blank cell, and a repeated request writes nothing', async () => {
    const blank = (await getReportDetail(store, reportId))?.values.find(
      (v) => v.code === 't3.granted.natural',
    );
    expect(blank).toMatchObject({ value: null, blank: true });
    await correctValue(store, {
      reportId,
      code: 't3.granted.natural',
      value: 3,
      reason: '补录',
      actor: editor,
    });
    const again = await correctValue(store, {
      reportId,
      code: 't3.granted.natural',
      value: 3,
      reason: '补录',
      actor: editor,
    });
    expect(again).toMatchObject({ changed: false, corrected: true, extracted: null, auditId: null });
    const filled = (await getReportDetail(store, reportId))?.values.find(
      (v) => v.code === 't3.granted.natural',
    );
    expect(filled).toMatchObject({ value: 3, blank: false, corrected: true, extracted: null });
    expect((await listAudit(store, { report: reportId, page: 1, pageSize: 10 })).total).toBe(1);
  });

  it('refuses computed, narrative and unknown codes, missing reasons and unknown reports', async () => {
    const attempt = (code: string, reason = '理由', id = reportId) =>
      correctValue(store, { reportId: id, code, value: 1, reason, actor: editor });
    await expect(attempt('d.applications.disclosed_rate')).rejects.toBeInstanceOf(NotCorrectableError);
    await expect(attempt('narrative.info_submitted')).rejects.toBeInstanceOf(NotCorrectableError);
    await expect(attempt('t3.denied.total')).rejects.toThrow(/computed/);
    await expect(attempt('t9.invented')).rejects.toThrow(/not in the metric catalogue/);
    await expect(attempt('t2.normative.made', '   ')).rejects.toBeInstanceOf(CorrectionReasonError);
    await expect(attempt('t2.normative.made', '理由', reportId + 1)).rejects.toBeInstanceOf(
      ReportNotFoundError,
    );
    expect(await point('t2.normative.made')).toBe(9);
    expect((await listAudit(store, { page: 1, pageSize: 10 })).total).toBe(0);
  });
});
