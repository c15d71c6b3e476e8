import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseReport } from '@nianbao/parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getReport } from '../queries/get-report.ts';
import { getSeries } from '../queries/get-series.ts';
import { listReports } from '../queries/list-reports.ts';
import { openStore, type Store } from '../store.ts';
import { rowCounts, SAMPLE_PATH } from '../test-support/sample.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { ImportError } from './import-error.ts';
import { importReport } from './import-report.ts';

describe.each(testStoreTargets())('importReport on $name', (target) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let bytes: Buffer;

  beforeEach(async () => {
    const created = await target.create();
    cleanup = created.cleanup;
    store = await openStore(created.url);
    bytes = await readFile(SAMPLE_PATH);
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it('stores the real sample with its numbers, provenance, facts and findings', async () => {
    const outcome = await importReport(store, { fileName: 'reports/songxian-2020-zfb.txt', bytes });
    const parsed = await parseReport(bytes, 'songxian-2020-zfb.txt');
    expect(outcome).toMatchObject({
      file: 'reports/songxian-2020-zfb.txt',
      status: 'imported',
      agencyName: '嵩县人民政府办公室',
      year: 2020,
      version: 1,
      flagged: parsed.findings.some((f) => f.severity === 'error'),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });

    const values = await store.db
      .selectFrom('report_values')
      .selectAll()
      .where('report_id', '=', outcome.reportId)
      .execute();
    const byCode = new Map(values.map((v) => [v.code, v]));
    expect(byCode.get('t2.normative.made')?.value).toBe(9);
    expect(byCode.get('t2.procurement.amount')?.value).toBe(15.91);
    expect(Object.fromEntries(values.map((v) => [v.code, v.value]))).toEqual(parsed.values);
    const blanks = Object.entries(parsed.values)
      .filter(([, v]) => v === null)
      .map(([code]) => code);
    expect(
      values
        .filter((v) => Boolean(v.blank))
        .map((v) => v.code)
        .sort(),
    ).toEqual(blanks.sort());

    const report = await store.db
      .selectFrom('reports')
      .selectAll()
      .where('id', '=', outcome.reportId)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(report.bytes).equals(bytes)).toBe(true);
    expect(report).toMatchObject({
      file_name: 'songxian-2020-zfb.txt',
      template: '2019',
      format: 'txt',
      source: 'real',
    });
    const amount = byCode.get('t2.procurement.amount');
    expect(report.text.slice(amount?.start ?? 0, amount?.end ?? 0)).toContain('15.91');
    expect(amount).toMatchObject({ table: 't2', ...parsed.cells['t2.procurement.amount'] });

    const facts = await store.db
      .selectFrom('facts')
      .selectAll()
      .where('report_id', '=', outcome.reportId)
      .execute();
    expect(facts.find((f) => f.code === 'narrative.info_submitted')?.value).toBe(673);
    expect(facts).toHaveLength(parsed.facts.length);
    const findings = await store.db.selectFrom('findings').selectAll().execute();
    expect(findings.map((f) => ({ ...f, codes: JSON.parse(f.codes) }))).toMatchObject(parsed.findings);

    const agency = await store.db
      .selectFrom('agencies')
      .leftJoin('regions', 'regions.id', 'agencies.region_id')
      .select(['agencies.kind', 'regions.name', 'regions.level'])
      .executeTakeFirstOrThrow();
    expect(agency).toEqual({ kind: 'government_office', name: '嵩县', level: 'county' });
  });

  it('serves the imported numbers through the read models', async () => {
    const { reportId, agencyId } = await importReport(store, { fileName: 'songxian-2020-zfb.txt', bytes });
    const detail = await getReport(store, reportId);
    const list = await listReports(store, { page: 1, pageSize: 10 });
    const made = await getSeries(store, { metric: 't2.normative.made', agency: [agencyId] });
    const submitted = await getSeries(store, { metric: 'narrative.info_submitted', agency: [agencyId] });
    const issued = await getSeries(store, { metric: 'd.normative.issued', agency: [agencyId] });
    expect(detail?.values.find((v) => v.code === 't2.procurement.amount')?.value).toBe(15.91);
    expect(detail?.derived['d.normative.issued']).toBe(9);
    expect(detail?.facts.find((f) => f.code === 'narrative.info_submitted')?.value).toBe(673);
    expect(list.reports.map((r) => [r.id, r.agencyName, r.year])).toEqual([
      [reportId, '嵩县人民政府办公室', 2020],
    ]);
    expect(made.series[0]?.points).toEqual([{ year: 2020, value: 9, reportId }]);
    expect(submitted.series[0]?.points).toEqual([{ year: 2020, value: 673, reportId }]);
    expect(issued.series[0]?.points).toEqual([{ year: 2020, value: 9, reportId }]);
  });

  it('reports the same bytes as unchanged and writes nothing', async () => {
    const first = await importReport(store, { fileName: 'a.txt', bytes });
    const before = await rowCounts(store);
    const again = await importReport(store, { fileName: 'copy-of-a.txt', bytes });
    expect(again).toMatchObject({ status: 'unchanged', reportId: first.reportId, file: 'copy-of-a.txt' });
    expect(await rowCounts(store)).toEqual(before);
  });

  it('makes a changed file for the same agency and year the current version', async () => {
    const first = await importReport(store, { fileName: 'v1.txt', bytes });
    const changed = Buffer.concat([bytes, Buffer.from('\n（2021年3月更正）\n')]);
    const second = await importReport(store, { fileName: 'v2.txt', bytes: changed, source: 'upload' });
    expect(second).toMatchObject({ status: 'imported', version: 2, agencyId: first.agencyId });
    const rows = await store.db
      .selectFrom('reports')
      .select(['id', 'is_current', 'source'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.id, Boolean(r.is_current), r.source])).toEqual([
      [first.reportId, false, 'real'],
      [second.reportId, true, 'upload'],
    ]);
    const series = await getSeries(store, { metric: 't2.normative.made', agency: [first.agencyId] });
    expect(series.series[0]?.points.map((p) => p.reportId)).toEqual([second.reportId]);
    expect(await store.db.selectFrom('agencies').select('id').execute()).toHaveLength(1);
  });

  it('throws an ImportError and writes nothing for files that are not reports', async () => {
    await importReport(store, { fileName: 'sample.txt', bytes });
    const before = await rowCounts(store);
    const empty = importReport(store, { fileName: 'empty.txt', bytes: new Uint8Array() });
    await expect(empty).rejects.toBeInstanceOf(ImportError);
    await expect(empty).rejects.toMatchObject({ code: 'empty_file', file: 'empty.txt' });
    const garbage = new TextEncoder().encode('这不是年度报告。\n只是一段随便写的文字，没有表格。\n');
    await expect(importReport(store, { fileName: 'notes.txt', bytes: garbage })).rejects.toMatchObject({
      name: 'ImportError',
      code: 'not_a_report',
      file: 'notes.txt',
    });
    expect(await rowCounts(store)).toEqual(before);
  });

  it('refuses a report whose issuing agency cannot be found', async () => {
    const anonymous = Buffer.from(
      bytes.toString('utf8').replaceAll('嵩县人民政府办公室', '').replaceAll('嵩县', ''),
    );
    await expect(importReport(store, { fileName: 'anonymous.txt', bytes: anonymous })).rejects.toMatchObject({
      code: 'agency_unknown',
      file: 'anonymous.txt',
    });
    expect((await rowCounts(store)).reports).toBe(0);
  });
});
