import { describe, expect, it } from 'vitest';
import { metricDef } from '../test-fixtures.ts';
import { indexCatalogue, sortByCatalogue } from './catalogue-index.ts';

describe('indexCatalogue', () => {
  const index = indexCatalogue([
    metricDef({ code: 't2.normative.made', labelZh: '规范性文件 本年新制作数量' }),
    metricDef({ code: 't3.new.total', labelZh: '本年新收申请 总计' }),
  ]);

  it('looks definitions up by code', () => {
    expect(index.get('t3.new.total')?.labelZh).toBe('本年新收申请 总计');
    expect(index.get('x')).toBeUndefined();
  });

  it('sorts into catalogue order with unknown codes last', () => {
    const sorted = sortByCatalogue(
      [{ code: 'z.unknown' }, { code: 't3.new.total' }, { code: 'a.unknown' }, { code: 't2.normative.made' }],
      index,
    );
    expect(sorted.map((s) => s.code)).toEqual([
      't2.normative.made',
      't3.new.total',
      'a.unknown',
      'z.unknown',
    ]);
  });
});
