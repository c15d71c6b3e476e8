import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { importReport } from '../import/import-report.ts';
import type { Store } from '../store.ts';
import {
  FIXTURES,
  type FixtureName,
  fixturePath,
  importFixtures,
  printedTotal,
} from '../test-support/analytics-fixtures.ts';
import { freshStoreEachTest } from '../test-support/fresh-store.ts';
import { testStoreTargets } from '../test-support/test-stores.ts';
import { runCrossReportRules } from './cross-report-rules.ts';

const NEW = '一、本年新收政府信息公开申请数量';
const CARRIED = '二、上年结转政府信息公开申请数量';
const FORWARD = '四、结转下年度继续办理';

describe.each(testStoreTargets())('cross-report rules on $name', (target) => {
  let store: Store;
  freshStoreEachTest(target, (opened) => {
    store = opened;
  });

  const findings = async (reportId: number | undefined, rule?: string) =>
    store.db
      .selectFrom('findings')
      .select(['rule', 'severity', 'message', 'codes'])
      .where('report_id', '=', reportId ?? -1)
      .$if(rule !== undefined, (qb) => qb.where('rule', '=', rule ?? ''))
      .orderBy('id')
      .execute();
  const status = async (reportId: number | undefined) =>
    (
      await store.db
        .selectFrom('reports')
        .select('status')
        .where('id', '=', reportId ?? -1)
        .executeTakeFirstOrThrow()
    ).status;

  it('attaches X1 for a broken carry-over to the later report, whichever year comes in first', async () => {
    const carried = await printedTotal('songxian-jyj-2021.txt', CARRIED);
    const forward = await printedTotal('songxian-jyj-2020.txt', FORWARD);
    expect(carried).not.toBe(forward);

    const later = await importFixtures(store, ['songxian-jyj-2021.txt']);
    const earlier = await importFixtures(store, ['songxian-jyj-2020.txt']);
    const report2021 = later.get('songxian-jyj-2021.txt');
    expect(await findings(report2021?.reportId, 'X1')).toEqual([
      {
        rule: 'X1',
        severity: 'error',
        message: `2021 年报告上年结转政府信息公开申请 ${carried} 件 ≠ 2020 年报告结转下年度继续办理 ${forward} 件`,
        codes: JSON.stringify(['t3.carried_over.total', 't3.carry_forward.total']),
      },
    ]);
    expect(await findings(earlier.get('songxian-jyj-2020.txt')?.reportId, 'X1')).toEqual([]);
    expect(await status(report2021?.reportId)).toBe('flagged');

    // The consistent pair 2019 → 2020 raises nothing.
    const first = await importFixtures(store, ['songxian-jyj-2019.txt']);
    expect(await printedTotal('songxian-jyj-2019.txt', FORWARD)).toBe(
      await printedTotal('songxian-jyj-2020.txt', CARRIED),
    );
    expect(first.get('songxian-jyj-2019.txt')?.flagged).toBe(false);
    expect(await findings(earlier.get('songxian-jyj-2020.txt')?.reportId, 'X1')).toEqual([]);
  });

  it('flags the later report in the import outcome and replaces, never duplicates, on re-runs', async () => {
    const outcomes = await importFixtures(store, ['songxian-jyj-2020.txt', 'songxian-jyj-2021.txt']);
    const later = outcomes.get('songxian-jyj-2021.txt');
    expect(later?.flagged).toBe(true);
    await runCrossReportRules(store.db, later?.reportId ?? -1);
    await runCrossReportRules(store.db, outcomes.get('songxian-jyj-2020.txt')?.reportId ?? -1);
    expect(await findings(later?.reportId, 'X1')).toHaveLength(1);

    // A corrected 2020 file (a new version) forwards what 2021 carried over: X1 goes away.
    const carried = await printedTotal('songxian-jyj-2021.txt', CARRIED);
    const text = await readFile(fixturePath('songxian-jyj-2020.txt'), 'utf8');
    const fixed = text.replace(/^(四、结转下年度继续办理\t\t)(\d+)(.*\t)(\d+)$/m, `$1${carried}$3${carried}`);
    const fixedNew = (await printedTotal('songxian-jyj-2020.txt', NEW)) + carried - 2;
    const balanced = fixed.replace(
      /^(一、本年新收政府信息公开申请数量\t)(\d+)(.*\t)(\d+)$/m,
      `$1${fixedNew - 1}$3${fixedNew}`,
    );
    const version2 = await importReport(store, {
      fileName: 'songxian-jyj-2020-v2.txt',
      bytes: Buffer.from(balanced),
    });
    expect(version2).toMatchObject({ status: 'imported', version: 2, flagged: false });
    expect(await findings(later?.reportId, 'X1')).toEqual([]);
    expect(await status(later?.reportId)).toBe('ok');
  });

  const units = FIXTURES.filter(
    (f) => f.endsWith('2020.txt') && f.startsWith('songxian-') && f !== 'songxian-zf-2020.txt',
  );
  const unitFiles: FixtureName[] = [...units, 'songxian-2020-zfb.txt'];

  // Both orders: the summary before its units, and after them (X3 re-runs on every unit's import).
  it.each([
    ['before', ['songxian-zf-2020.txt', ...unitFiles]],
    ['after', [...unitFiles, 'songxian-zf-2020.txt']],
  ] as const)(
    'checks the county government imported %s its units against their sum (X3)',
    async (_, order) => {
      let unitSum = 0;
      for (const unit of unitFiles) unitSum += await printedTotal(unit, NEW);
      const county = await printedTotal('songxian-zf-2020.txt', NEW);
      expect(county).not.toBe(unitSum);

      const outcomes = await importFixtures(store, order);
      const summaryId = outcomes.get('songxian-zf-2020.txt')?.reportId;
      const x3 = await findings(summaryId, 'X3');
      expect(x3.filter((f) => f.codes === '["t3.new.total"]')).toEqual([
        {
          rule: 'X3',
          severity: 'warning',
          message: `汇总报告本年新收政府信息公开申请数量·总计 ${county} 件 ≠ 所属 ${unitFiles.length} 个单位报告之和 ${unitSum} 件`,
          codes: '["t3.new.total"]',
        },
      ]);
      // Each compared code appears once however many imports re-ran the rule.
      expect(new Set(x3.map((f) => f.codes)).size).toBe(x3.length);
      // Units never carry X3, and a warning does not flag the summary.
      for (const unit of unitFiles) expect(await findings(outcomes.get(unit)?.reportId, 'X3')).toEqual([]);
      expect(await status(summaryId)).toBe('ok');
    },
  );
});
