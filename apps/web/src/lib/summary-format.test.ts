import { describe, expect, it } from 'vitest';
import { changeText, figureText, sentence, yearsText } from './summary-format.ts';

describe('figureText', () => {
  it('writes counts and ratios with their unit and no space', () => {
    expect(figureText(312, '件')).toBe('312件');
    expect(figureText(12.5, '%')).toBe('12.5%');
    expect(figureText(40, '%')).toBe('40.0%');
    expect(figureText(15.914, '万元')).toBe('15.91万元');
  });

  it('never says 0 for a missing ratio', () => {
    expect(figureText(null, '%')).toBe('无法计算');
    expect(figureText(Number.NaN, '%')).toBe('无法计算');
    expect(figureText(null, '件')).toBe('无数据');
  });
});

describe('changeText', () => {
  it('gives the year-on-year change of a count in percent, rounded to one decimal', () => {
    // 312 against 264: +48 / 264 = 18.18…%.
    expect(changeText(312, 264, '件')).toBe('同比增长18.2%');
    expect(changeText(90, 100, '件')).toBe('同比下降10.0%');
    expect(changeText(5, 5, '件')).toBe('与上年持平');
  });

  it('gives the change of a ratio in percentage points', () => {
    expect(changeText(12.5, 10.4, '%')).toBe('比上年提高2.1个百分点');
    expect(changeText(8, 10, '%')).toBe('比上年降低2.0个百分点');
  });

  it('says nothing when a year is missing or last year was 0', () => {
    expect(changeText(312, null, '件')).toBeUndefined();
    expect(changeText(null, 3, '%')).toBeUndefined();
    expect(changeText(4, 0, '件')).toBeUndefined();
  });
});

describe('sentence and yearsText', () => {
  it('joins clauses with a comma and ends with a full stop', () => {
    expect(sentence('甲', undefined, '乙')).toBe('甲，乙。');
    expect(sentence(undefined)).toBe('');
    expect(yearsText(2019, 2024)).toBe('2019—2024年');
    expect(yearsText(2024, 2024)).toBe('2024年');
  });
});
