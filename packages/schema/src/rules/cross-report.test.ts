import { describe, expect, it } from 'vitest';
import type { ReportSnapshot } from './report-snapshot.ts';
import { checkCarryOver } from './x1-carry-over.ts';
import { checkInForce } from './x2-in-force.ts';
import { checkUnitsSum } from './x3-units-sum.ts';

const snap = (
  year: number | null,
  template: ReportSnapshot['template'],
  values: ReportSnapshot['values'],
) => ({
  year,
  template,
  values,
});

describe('X1 carry-over between consecutive years', () => {
  it('passes when last year carried forward what this year carried over', () => {
    expect(
      checkCarryOver(
        snap(2020, '2019', { 't3.carry_forward.total': 3 }),
        snap(2021, '2021', { 't3.carried_over.total': 3 }),
      ),
    ).toEqual([]);
  });

  it('fires as an error when they differ', () => {
    const findings = checkCarryOver(
      snap(2020, '2019', { 't3.carry_forward.total': 2 }),
      snap(2021, '2021', { 't3.carried_over.total': 3 }),
    );
    expect(findings).toEqual([
      {
        rule: 'X1',
        severity: 'error',
        message: '2021 年报告上年结转政府信息公开申请 3 件 ≠ 2020 年报告结转下年度继续办理 2 件',
        codes: ['t3.carried_over.total', 't3.carry_forward.total'],
      },
    ]);
  });

  it('reads blank as 0, skips absent cells and non-consecutive years', () => {
    expect(
      checkCarryOver(
        snap(2020, '2019', { 't3.carry_forward.total': null }),
        snap(2021, '2021', { 't3.carried_over.total': 0 }),
      ),
    ).toEqual([]);
    expect(
      checkCarryOver(snap(2020, '2019', {}), snap(2021, '2021', { 't3.carried_over.total': 3 })),
    ).toEqual([]);
    expect(
      checkCarryOver(
        snap(2019, '2019', { 't3.carry_forward.total': 2 }),
        snap(2021, '2021', { 't3.carried_over.total': 3 }),
      ),
    ).toEqual([]);
  });
});

describe('X2 in-force documents roll forward (2021 edition)', () => {
  const prev = snap(2021, '2021', { 't2.normative.in_force': 28, 't2.regulations.in_force': 0 });

  it('passes when in_force = last in_force + made − repealed', () => {
    const cur = snap(2022, '2021', {
      't2.normative.in_force': 31,
      't2.normative.made': 5,
      't2.normative.repealed': 2,
    });
    expect(checkInForce(prev, cur)).toEqual([]);
  });

  it('fires as a warning per row that does not roll forward', () => {
    const cur = snap(2022, '2021', {
      't2.normative.in_force': 30,
      't2.normative.made': 5,
      't2.normative.repealed': 2,
      't2.regulations.in_force': 1,
      't2.regulations.made': null,
      't2.regulations.repealed': null,
    });
    const findings = checkInForce(prev, cur);
    expect(findings.map((f) => f.message)).toEqual([
      '规章现行有效件数：2022 年 1 ≠ 2021 年 0 + 本年制发 0 − 本年废止 0 = 0',
      '规范性文件现行有效件数：2022 年 30 ≠ 2021 年 28 + 本年制发 5 − 本年废止 2 = 31',
    ]);
    expect(findings[1]).toMatchObject({
      severity: 'warning',
      codes: ['t2.normative.in_force', 't2.normative.made', 't2.normative.repealed'],
    });
  });

  it('does not apply to the 2019 edition or to a previous report without in_force', () => {
    const cur = snap(2020, '2019', {
      't2.normative.in_force': 30,
      't2.normative.made': 5,
      't2.normative.repealed': 2,
    });
    expect(checkInForce(snap(2019, '2019', { 't2.normative.in_force': 0 }), cur)).toEqual([]);
    const cur21 = snap(2021, '2021', {
      't2.normative.in_force': 30,
      't2.normative.made': 5,
      't2.normative.repealed': 2,
    });
    expect(checkInForce(snap(2020, '2019', { 't2.normative.total_public': 9 }), cur21)).toEqual([]);
  });
});

describe('X3 county summary vs the sum of its units', () => {
  const units = [{ 't3.new.total': 3 }, { 't3.new.total': null }, { 't3.new.total': 4 }];

  it('passes when the county equals the sum', () => {
    expect(checkUnitsSum({ 't3.new.total': 7 }, units, ['t3.new.total'])).toEqual([]);
  });

  it('fires as a warning naming the metric and unit count', () => {
    const findings = checkUnitsSum({ 't3.new.total': 9 }, units, ['t3.new.total']);
    expect(findings).toEqual([
      {
        rule: 'X3',
        severity: 'warning',
        message: '汇总报告本年新收政府信息公开申请数量·总计 9 件 ≠ 所属 3 个单位报告之和 7 件',
        codes: ['t3.new.total'],
      },
    ]);
  });

  it('skips codes some unit or the county lacks, and an empty unit list', () => {
    expect(checkUnitsSum({ 't3.new.total': 9 }, [...units, {}], ['t3.new.total'])).toEqual([]);
    expect(checkUnitsSum({}, units, ['t3.new.total'])).toEqual([]);
    expect(checkUnitsSum({ 't3.new.total': 9 }, [], ['t3.new.total'])).toEqual([]);
  });
});
