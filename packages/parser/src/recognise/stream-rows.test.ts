import { describe, expect, it } from 'vitest';
import type { Cell } from '../document.ts';
import { regroupStream } from './stream-rows.ts';

/** Cells laid end to end, as a stream of one-per-line cells would be. */
function cells(...texts: string[]): Cell[] {
  let at = 0;
  return texts.map((text) => {
    const cell = { start: at, end: at + text.length, text };
    at += text.length + 1;
    return cell;
  });
}
const rows = (...texts: string[]) => regroupStream(cells(...texts)).map((r) => r.map((c) => c.text));

describe('regroupStream', () => {
  it('starts a row at a label after values and at a 第二十条 heading', () => {
    expect(
      rows(
        '第二十条第（一）项',
        '信息内容',
        '本年新制作数量',
        '规章',
        '0',
        '0',
        '规范性文件',
        '9',
        '第二十条第（五）项',
      ),
    ).toEqual([
      ['第二十条第（一）项', '信息内容', '本年新制作数量'],
      ['规章', '0', '0'],
      ['规范性文件', '9'],
      ['第二十条第（五）项'],
    ]);
  });

  it('keeps a category with its first row, and separates rows that printed no values', () => {
    expect(
      rows(
        '三、本年度办理结果',
        '（一）予以公开',
        '（二）部分公开',
        '（三）不予公开',
        '1.属于国家秘密',
        '0',
        '0',
      ),
    ).toEqual([
      ['三、本年度办理结果', '（一）予以公开'],
      ['（二）部分公开'],
      ['（三）不予公开', '1.属于国家秘密', '0', '0'],
    ]);
  });

  it('ends a header at the first row label, and keeps 其他/总计 as headers until an ordinal makes them rows', () => {
    expect(rows('自然人', '商业企业', '其他', '总计', '一、本年新收政府信息公开申请数量', '1')).toEqual([
      ['自然人', '商业企业', '其他', '总计'],
      ['一、本年新收政府信息公开申请数量', '1'],
    ]);
    expect(rows('（六）其他处理', '（七）总计', '0')).toEqual([['（六）其他处理'], ['（七）总计', '0']]);
  });

  it('splits a table-4 header where the suit groups begin', () => {
    expect(
      rows(
        '行政复议',
        '行政诉讼',
        '结果维持',
        '总计',
        '未经复议直接起诉',
        '复议后起诉',
        '结果维持',
        '0',
        '0',
      ),
    ).toEqual([
      ['行政复议', '行政诉讼', '结果维持', '总计'],
      ['未经复议直接起诉'],
      ['复议后起诉', '结果维持', '0', '0'],
    ]);
  });
});
