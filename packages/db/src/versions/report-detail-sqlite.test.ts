import { describe, expect, it } from 'vitest';
import type { Store } from '../store.ts';
import { freshStoreEachTest } from '../test-support/fresh-store.ts';
import { seedAgency, seedReport } from '../test-support/seed-report.ts';
import { seedWorld } from '../test-support/seed-world.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { writeDb } from '../write-tables.ts';
import { getReportDetail, readReportDetailByParts } from './report-detail.ts';
import { readReportDetailSqlite } from './report-detail-sqlite.ts';

const sqlite = testStoreTargets().filter((target) => target.name === 'sqlite');

/** Doubles that SQLite's own JSON (15 significant digits) would not give back unchanged. */
const AWKWARD = {
  't2.fees.amount': 0.1 + 0.2,
  't2.normative.made': 123456789.12345678,
  't3.new.total': 1e-7 / 3,
  't3.total.total': -2.5,
  't3.granted.total': Number.MAX_VALUE,
  't3.partial.total': Number.MIN_VALUE,
  't3.denied.third_party.total': null,
};
const TRICKY_TEXT = '引号 " 反斜杠 \\ 换行\n制表\t控制\u0001 emoji 😀 结束';

async function seedTricky(store: Store): Promise<number> {
  const agencyId = await seedAgency(store.db, { name: '测试局 "甲"', kind: 'department', region: '测试县' });
  const id = await seedReport(store.db, {
    agencyId,
    year: 2023,
    template: '2021',
    fileName: 'tricky "name" \\ 2023.txt',
    text: TRICKY_TEXT,
    values: AWKWARD,
    facts: [
      { label: TRICKY_TEXT, value: 0.1 + 0.2, unit: '条', code: null, start: 3, end: 5 },
      {
        label: '约',
        value: 1 / 3,
        unit: '人次',
        code: 'narrative.training_attendance',
        start: 3,
        end: 4,
        approximate: true,
      },
    ],
    findings: [
      { rule: 'R1', severity: 'warning', message: TRICKY_TEXT, codes: ['t3.new.total'] },
      { rule: 'R2', severity: 'error', message: 'second', codes: [] },
    ],
  });
  await writeDb(store.db)
    .insertInto('value_corrections')
    .values([
      {
        report_id: id,
        code: 't2.fees.amount',
        extracted_value: 0.7 + 0.1,
        extracted_blank: false,
        extracted_present: true,
        value: 0.1 + 0.2,
        reason: TRICKY_TEXT,
        corrected_by: '编辑 "乙"',
        corrected_at: '2026-02-01T00:00:00.000Z',
      },
      {
        report_id: id,
        code: 't3.denied.third_party.total',
        extracted_value: null,
        extracted_blank: true,
        extracted_present: true,
        value: null,
        reason: '空格',
        corrected_by: '编辑丙',
        corrected_at: '2026-02-02T00:00:00.000Z',
      },
    ])
    .execute();
  return id;
}

describe.each(sqlite)('readReportDetailSqlite on $name', (target) => {
  let store: Store;
  freshStoreEachTest(target, (opened) => {
    store = opened;
  });

  it('answers exactly what the statement-per-part read answers, for every report', async () => {
    const world = await seedWorld(store.db);
    await seedTricky(store);
    const ids = (await store.db.selectFrom('reports').select('id').execute()).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(5);
    for (const id of [...ids, 987654]) {
      const byParts = await readReportDetailByParts(store, id);
      const single = await readReportDetailSqlite(store.db, id);
      expect(single).toStrictEqual(byParts);
      // Same key order too: the HTTP answer is this object as JSON.
      expect(JSON.stringify(single)).toBe(JSON.stringify(byParts));
    }
    expect(await readReportDetailSqlite(store.db, world.reports.officeDeleted)).toBeUndefined();
  });

  it('keeps every double exact, text intact, corrections marked and versions listed', async () => {
    const id = await seedTricky(store);
    const detail = await getReportDetail(store, id);
    if (!detail) throw new Error('report not found');
    const value = (code: string) => detail.values.find((v) => v.code === code);
    for (const [code, expected] of Object.entries(AWKWARD)) {
      expect(value(code)?.value).toBe(expected);
    }
    expect(value('t2.fees.amount')).toMatchObject({
      corrected: true,
      extracted: 0.7 + 0.1,
      correction: { reason: TRICKY_TEXT, by: '编辑 "乙"' },
    });
    expect(value('t3.denied.third_party.total')).toMatchObject({
      corrected: true,
      extracted: null,
      blank: true,
    });
    expect(value('t3.new.total')?.corrected).toBe(false);
    expect(detail.text).toBe(TRICKY_TEXT);
    expect(detail.facts.map((f) => f.value)).toEqual([0.1 + 0.2, 1 / 3]);
    expect(detail.facts[1]?.approximate).toBe(true);
    expect(detail.findings.map((f) => f.message)).toEqual([TRICKY_TEXT, 'second']);
    expect(detail.report.findingCounts).toEqual({ error: 1, warning: 1, info: 0 });
    expect(detail.versions).toEqual([expect.objectContaining({ id, version: 1, isCurrent: true })]);
  });

  it('lists superseded and deleted versions of the agency-year and only the report itself without a year', async () => {
    const world = await seedWorld(store.db);
    const current = await readReportDetailSqlite(store.db, world.reports.office2020);
    expect(current?.versions.map((v) => [v.id, v.isCurrent])).toEqual([
      [world.reports.office2020Old, false],
      [world.reports.office2020, true],
    ]);
    const undated = await readReportDetailSqlite(store.db, world.reports.officeNoYear);
    expect(undated?.versions.map((v) => v.id)).toEqual([world.reports.officeNoYear]);
  });
});
