import { describe, expect, it } from 'vitest';
import { SONGXIAN_FACTS, SONGXIAN_VALUES } from '../test-fixtures/songxian-2020.ts';
import { CONSISTENT_2021, t4Table } from '../test-fixtures/tables.ts';
import { checkReport } from './check-report.ts';
import { checkR7 } from './r7-blank-cells.ts';

describe('checkReport', () => {
  it('finds the real sample consistent, with one R7 note on its 18 blank outcome rows', () => {
    const findings = checkReport(SONGXIAN_VALUES, SONGXIAN_FACTS, '2019');
    expect(findings.map((f) => f.rule)).toEqual(['R7']);
    const r7 = findings[0];
    expect(r7?.severity).toBe('info');
    expect(r7?.codes).toHaveLength(18 * 7);
    expect(r7?.codes[0]).toBe('t3.granted.natural');
    expect(r7?.message).toMatch(
      /^126 个空白单元格在求和与校验中按 0 计算：予以公开（全部 7 列）；部分公开（全部 7 列）；/,
    );
    expect(r7?.message).toContain('危及“三安全一稳定”（全部 7 列）');
  });

  it('returns nothing for a consistent report without blanks', () => {
    expect(checkReport({ ...CONSISTENT_2021, ...t4Table({}) }, [], '2021')).toEqual([]);
  });

  it('runs every in-report rule and lists only the blanks actually read', () => {
    const values = {
      ...CONSISTENT_2021,
      't3.new.total': 7,
      't3.granted.research': null,
      ...t4Table({ review: { total: 1 } }),
      't2.normative.made': null,
    };
    const facts = [
      {
        label: '收到政府信息公开申请',
        value: 9,
        unit: '件',
        code: 'narrative.applications_received',
        start: 0,
        end: 5,
      },
      { label: '上报信息', value: 10, unit: '条', code: 'narrative.info_submitted', start: 6, end: 9 },
      { label: '采用', value: 5, unit: '条', code: 'narrative.info_adopted', start: 10, end: 12 },
      { label: '采用率', value: 20, unit: '%', code: 'narrative.info_adoption_rate', start: 13, end: 16 },
    ];
    const rules = checkReport(values, facts, '2021').map((f) => f.rule);
    expect(rules).toEqual(['R1', 'R2', 'R4', 'R5', 'R6', 'R7']);
    const r7 = checkReport(values, facts, '2021').at(-1);
    // t2.normative.made is read as 0 by d.normative.issued; the blank research cell by R2/R3.
    expect(r7?.codes).toEqual(['t2.normative.made', 't3.granted.research']);
    expect(r7?.message).toBe(
      '2 个空白单元格在求和与校验中按 0 计算：规范性文件（本年制发件数）；予以公开（科研机构）',
    );
  });

  it('R7 says nothing when no blank was read', () => {
    expect(checkR7([])).toEqual([]);
  });
});
