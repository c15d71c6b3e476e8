import { describe, expect, it } from 'vitest';
import { CONSISTENT_2021, t3Table } from '../test-fixtures/tables.ts';
import { createCellReader } from './cell-reader.ts';
import { checkR2 } from './r2-applicant-sum.ts';

describe('R2 applicant columns add up to 总计', () => {
  it('passes a consistent table', () => {
    expect(checkR2(createCellReader(CONSISTENT_2021))).toEqual([]);
  });

  it('fires on the row whose total is off, naming it and its numbers', () => {
    const v = t3Table('2019', { 'denied.state_secret': { natural: 1, research: 2, total: 4 } });
    const findings = checkR2(createCellReader(v));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toBe(
      '属于国家秘密行：自然人 1 + 商业企业 0 + 科研机构 2 + 社会公益组织 0 + 法律服务机构 0 + 其他法人或组织 0 = 3 ≠ 总计 4',
    );
    expect(findings[0]?.codes).toHaveLength(7);
    expect(findings[0]?.codes).toContain('t3.denied.state_secret.total');
  });

  it('disambiguates the 2021 其他处理·其他 row', () => {
    const v = t3Table('2021', { 'other.other': { natural: 1, total: 0 } });
    expect(checkR2(createCellReader(v))[0]?.message).toMatch(/^其他处理·其他行：/);
  });

  it('skips a row missing a cell', () => {
    const v = { 't3.new.natural': 1, 't3.new.total': 5 };
    expect(checkR2(createCellReader(v))).toEqual([]);
  });
});
