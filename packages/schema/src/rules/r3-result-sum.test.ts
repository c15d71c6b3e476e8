import { describe, expect, it } from 'vitest';
import type { Values } from '../parse-result.ts';
import { CONSISTENT_2021, t3Table } from '../test-fixtures/tables.ts';
import { createCellReader } from './cell-reader.ts';
import { checkR3 } from './r3-result-sum.ts';

const run = (v: Values, template: '2019' | '2021' | 'unknown') => checkR3(createCellReader(v), template);

describe('R3 办理结果总计 = sum of the outcome rows', () => {
  it('passes a consistent 2021 table that uses the 其他处理 sub-rows', () => {
    expect(run(CONSISTENT_2021, '2021')).toEqual([]);
  });

  it('fires when an outcome is missing from the total, with category subtotals in the message', () => {
    const v = t3Table('2019', {
      granted: { natural: 5 },
      partial: { natural: 2 },
      'denied.process_info': { natural: 1 },
      'unable.not_held': { natural: 1 },
      total: { natural: 10 },
    });
    const findings = run(v, '2019');
    expect(findings.map((f) => f.message)).toEqual([
      '自然人列：办理结果总计 10 ≠ 予以公开 5 + 部分公开 2 + 不予公开 1 + 无法提供 1 + 不予处理 0 + 其他处理 0 = 9',
      '总计列：办理结果总计 10 ≠ 予以公开 5 + 部分公开 2 + 不予公开 1 + 无法提供 1 + 不予处理 0 + 其他处理 0 = 9',
    ]);
    expect(findings[0]?.codes).toContain('t3.other.natural');
    expect(findings[0]?.codes).toContain('t3.denied.query_matter.natural');
  });

  it('counts the 2021 sub-rows, not a 2019-style single row', () => {
    const v = t3Table('2021', { 'other.no_correction': { natural: 2 }, total: { natural: 2 } });
    expect(run(v, '2021')).toEqual([]);
    expect(run({ ...v, 't3.other.no_correction.natural': 1 }, '2021')[0]?.codes).toContain(
      't3.other.no_correction.natural',
    );
  });

  it('accepts a 2021 report that printed a single 其他处理 row', () => {
    const v = t3Table('2019', { other: { natural: 2 }, total: { natural: 2 } });
    expect(run(v, '2021')).toEqual([]);
  });

  it('skips a column when an outcome row is absent', () => {
    const v = t3Table('2019', { granted: { natural: 1 }, total: { natural: 5 } });
    delete v['t3.unable.unclear.natural'];
    expect(run(v, '2019').map((f) => f.message)).toEqual([
      '总计列：办理结果总计 5 ≠ 予以公开 1 + 部分公开 0 + 不予公开 0 + 无法提供 0 + 不予处理 0 + 其他处理 0 = 1',
    ]);
  });
});
