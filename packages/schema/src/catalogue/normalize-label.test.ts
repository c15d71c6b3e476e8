import { describe, expect, it } from 'vitest';
import { matchesLabel, normalizeLabel } from './normalize-label.ts';

describe('normalizeLabel', () => {
  it('strips ordinals, whitespace and bracketed annotations as printed in the sample', () => {
    expect(normalizeLabel('(二) 部分公开（区分处理的，只计这一情形，不计其他情形）')).toBe('部分公开');
    expect(normalizeLabel('一、本年新收政府信息公开申请数量')).toBe('本年新收政府信息公开申请数量');
    expect(normalizeLabel('采购总金额（单位：万元，保留4位小数）')).toBe('采购总金额');
    expect(normalizeLabel('规章（县级无此项）')).toBe('规章');
    expect(normalizeLabel('5.属于三类内部事务信息')).toBe('属于三类内部事务信息');
    expect(normalizeLabel('三、(一)予以公开')).toBe('予以公开');
    expect(normalizeLabel('本年增/减')).toBe('本年增/减');
  });

  it('drops an annotation whose closing bracket was lost', () => {
    expect(normalizeLabel('规章（县级无此项')).toBe('规章');
    expect(normalizeLabel('(二)部分公开（区分处理的，只计这一情形')).toBe('部分公开');
    expect(normalizeLabel('（本列数据的勾稽关系为')).toBe('(本列数据的勾稽关系为');
  });

  it('ignores quote style and light separators', () => {
    expect(normalizeLabel('3.危及“三安全一稳定”')).toBe('危及三安全一稳定');
    expect(normalizeLabel('危及"三安全一稳定"')).toBe('危及三安全一稳定');
    expect(normalizeLabel('其他法律、行政法规禁止公开')).toBe('其他法律行政法规禁止公开');
  });

  it('matches printed text against label variants and rejects others', () => {
    expect(matchesLabel('（七）总计', ['总计', '合计'])).toBe(true);
    expect(matchesLabel('（七）总数', ['总计', '合计'])).toBe(false);
    expect(matchesLabel('(一)', ['总计'])).toBe(false);
  });
});
