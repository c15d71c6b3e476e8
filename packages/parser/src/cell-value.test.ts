import { describe, expect, it } from 'vitest';
import { inTenThousandYuan, readCellValue } from './cell-value.ts';

describe('readCellValue', () => {
  it.each([
    ['0', 0],
    ['9', 9],
    ['+173', 173],
    ['-417', -417],
    ['－5', -5],
    ['15.91', 15.91],
    ['1,234', 1234],
    ['12,345.5', 12345.5],
    ['１２', 12],
    [' 7 ', 7],
    ['5件', 5],
    ['43%', 43],
  ])('reads %j as the number %d', (text, value) => {
    expect(readCellValue(text)).toEqual({ kind: 'number', value });
  });

  it.each(['', '  ', '—', '——', '-', '–', '/', '／', '无', '空', '暂无', '\\'])(
    'reads %j as printed blank',
    (text) => {
      expect(readCellValue(text)).toEqual({ kind: 'blank' });
    },
  );

  it.each([
    '规章',
    '(一) 予以公开',
    '1.属于国家秘密',
    '12,34',
    '3.4.5',
    '第二十条第（一）项',
    '增加值',
    '无此项',
    '新增3项目',
  ])('reads %j as text', (text) => {
    expect(readCellValue(text)).toEqual({ kind: 'text' });
  });
});

describe('readCellValue on signed changes and amounts', () => {
  it.each([
    ['增3', 3],
    ['增加3', 3],
    ['新增12', 12],
    ['减4', -4],
    ['减少2', -2],
    ['－417', -417],
    ['18.8710', 18.871],
  ])('reads %j as %d', (text, value) => {
    expect(readCellValue(text)).toEqual({ kind: 'number', value });
  });

  it('keeps the money unit a cell was printed in', () => {
    expect(readCellValue('184719元')).toEqual({ kind: 'number', value: 184719, unit: '元' });
    expect(readCellValue('160.5964万元')).toEqual({ kind: 'number', value: 160.5964, unit: '万元' });
  });

  it('reads amounts in 万元, converting 元 exactly by moving the decimal point', () => {
    expect(inTenThousandYuan(readCellValue('184719元'))).toBe(18.4719);
    expect(inTenThousandYuan(readCellValue('1,234.5元'))).toBe(0.12345);
    expect(inTenThousandYuan(readCellValue('35元'))).toBe(0.0035);
    expect(inTenThousandYuan(readCellValue('160.5964万元'))).toBe(160.5964);
    expect(inTenThousandYuan(readCellValue('18.8710'))).toBe(18.871);
    expect(inTenThousandYuan(readCellValue('—'))).toBeNull();
    expect(inTenThousandYuan(readCellValue('规章'))).toBeUndefined();
  });

  it('never reads a blank as zero', () => {
    for (const blank of ['', '—', '-', '/', '无']) expect(readCellValue(blank)).toEqual({ kind: 'blank' });
  });
});
