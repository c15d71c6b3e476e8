import { describe, expect, it } from 'vitest';
import { readCellValue } from './cell-value.ts';

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

  it.each(['', '  ', '—', '——', '-', '–', '/', '／', '无', '\\'])('reads %j as printed blank', (text) => {
    expect(readCellValue(text)).toEqual({ kind: 'blank' });
  });

  it.each(['规章', '(一) 予以公开', '1.属于国家秘密', '12,34', '3.4.5', '第二十条第（一）项'])(
    'reads %j as text',
    (text) => {
      expect(readCellValue(text)).toEqual({ kind: 'text' });
    },
  );
});
