import { describe, expect, it } from 'vitest';
import { CONSISTENT_2021, t3Table } from '../test-fixtures/tables.ts';
import { createCellReader } from './cell-reader.ts';
import { checkR1 } from './r1-balance.ts';

describe('R1 new + carried_over = total + carry_forward', () => {
  it('passes a balanced table', () => {
    expect(checkR1(createCellReader(CONSISTENT_2021))).toEqual([]);
  });

  it('fires per column with the numbers in the message', () => {
    const v = t3Table('2019', {
      new: { natural: 12 },
      carried_over: { natural: 3 },
      granted: { natural: 14 },
      total: { natural: 14 },
    });
    const findings = checkR1(createCellReader(v));
    expect(findings.map((f) => f.message)).toEqual([
      '自然人列：新收 12 + 上年结转 3 ≠ 办理结果总计 14 + 结转下年 0',
      '总计列：新收 12 + 上年结转 3 ≠ 办理结果总计 14 + 结转下年 0',
    ]);
    expect(findings[1]).toMatchObject({
      rule: 'R1',
      severity: 'error',
      codes: ['t3.new.total', 't3.carried_over.total', 't3.total.total', 't3.carry_forward.total'],
    });
  });

  it('skips a column with an absent cell and reads blanks as 0', () => {
    const v = { 't3.new.total': 2, 't3.carried_over.total': null, 't3.total.total': 2 };
    expect(checkR1(createCellReader(v))).toEqual([]);
    const read = createCellReader({ ...v, 't3.carry_forward.total': null });
    expect(checkR1(read)).toEqual([]);
    expect([...read.blanks].sort()).toEqual(['t3.carried_over.total', 't3.carry_forward.total']);
  });
});
