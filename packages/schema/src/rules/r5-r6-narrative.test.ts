import { describe, expect, it } from 'vitest';
import { SONGXIAN_FACTS } from '../test-fixtures/songxian-2020.ts';
import { valuesWithFacts } from '../values-with-facts.ts';
import { createCellReader } from './cell-reader.ts';
import { checkR5 } from './r5-adoption-rate.ts';
import { checkR6 } from './r6-applications-received.ts';

const sample = valuesWithFacts({}, SONGXIAN_FACTS);

describe('R5 printed adoption rate vs adopted / submitted', () => {
  it('accepts the sample: 43% printed, 289 / 673 = 42.9%', () => {
    expect(checkR5(createCellReader(sample))).toEqual([]);
  });

  it('fires beyond one percentage point', () => {
    const findings = checkR5(createCellReader({ ...sample, 'narrative.info_adoption_rate': 45 }));
    expect(findings).toEqual([
      {
        rule: 'R5',
        severity: 'warning',
        message: '正文采用率 45% 与 采用 289 ÷ 报送 673 = 42.9% 相差 2.1 个百分点（允许 1 个）',
        codes: ['narrative.info_adoption_rate', 'narrative.info_adopted', 'narrative.info_submitted'],
      },
    ]);
  });

  it('skips without a printed rate or with nothing submitted', () => {
    expect(checkR5(createCellReader({ 'narrative.info_adopted': 1, 'narrative.info_submitted': 9 }))).toEqual(
      [],
    );
    expect(checkR5(createCellReader({ ...sample, 'narrative.info_submitted': 0 }))).toEqual([]);
  });
});

describe('R6 prose application count vs table 3', () => {
  it('passes when they agree, blank table cell reading as 0', () => {
    expect(checkR6(createCellReader({ 'narrative.applications_received': 4, 't3.new.total': 4 }))).toEqual(
      [],
    );
    const read = createCellReader({ 'narrative.applications_received': 0, 't3.new.total': null });
    expect(checkR6(read)).toEqual([]);
    expect([...read.blanks]).toEqual(['t3.new.total']);
  });

  it('fires when they differ', () => {
    const findings = checkR6(createCellReader({ 'narrative.applications_received': 5, 't3.new.total': 4 }));
    expect(findings[0]).toMatchObject({ rule: 'R6', severity: 'warning' });
    expect(findings[0]?.message).toBe(
      '正文称收到政府信息公开申请 5 件，表中本年新收政府信息公开申请数量（总计）为 4 件',
    );
  });

  it('skips the sample, whose prose states no count', () => {
    expect(checkR6(createCellReader({ ...sample, 't3.new.total': 0 }))).toEqual([]);
  });
});
