import { describe, expect, it } from 'vitest';
import { groupLines } from './lines.ts';
import type { TextRun } from './pdf-types.ts';
import { compactGrid } from './table-merge.ts';
import { textTables } from './text-tables.ts';

const run = (str: string, x0: number, y: number, size = 10): TextRun => ({
  str,
  x0,
  x1: x0 + [...str].length * (/^[\d.]+$/.test(str) ? size / 2 : size),
  y,
  size,
});

const kinds = (items: ReturnType<typeof textTables>) =>
  items.map((i) => (i.kind === 'line' ? i.line.runs.map((r) => r.str).join('') : compactGrid(i.table.grid)));

describe('textTables (tables without rules)', () => {
  it('rebuilds rows and columns from aligned text, joining a wrapped label to its values', () => {
    const lines = groupLines([
      run('本机关全年收到申请3件。', 60, 760),
      // Header: two cells over the label and value columns.
      run('信息内容', 60, 730),
      run('本年处理决定数量', 220, 730),
      run('行政许可', 60, 714),
      run('156', 250, 714),
      // A label wrapped over two lines, its value printed beside the second.
      run('其他对外管理', 60, 698),
      run('服务事项', 60, 686),
      run('0', 252, 686),
      run('行政处罚', 60, 670),
      run('87', 250, 670),
      run('五、存在的主要问题及改进情况', 60, 630),
    ]);
    expect(kinds(textTables(lines))).toEqual([
      '本机关全年收到申请3件。',
      [
        ['信息内容', '本年处理决定数量'],
        ['行政许可', '156'],
        ['其他对外管理服务事项', '0'],
        ['行政处罚', '87'],
      ],
      '五、存在的主要问题及改进情况',
    ]);
  });

  it('aligns value columns from the numbers and header cells by the columns under them', () => {
    const lines = groupLines([
      run('申请人情况', 200, 730),
      run('自然人', 200, 716),
      run('总计', 300, 716),
      run('一、本年新收', 60, 700),
      run('15', 205, 700),
      run('19', 302, 700),
      run('二、上年结转', 60, 686),
      run('2', 207, 686),
      run('2', 304, 686),
    ]);
    // The lone 申请人情况 line has one cell: a caption above the table, not a row of it.
    expect(kinds(textTables(lines))).toEqual([
      '申请人情况',
      [
        ['', '自然人', '总计'],
        ['一、本年新收', '15', '19'],
        ['二、上年结转', '2', '2'],
      ],
    ]);
  });

  it('leaves prose alone, including a lone line of numbers', () => {
    const lines = groupLines([
      run('一是政策解读形式较为单一；二是部分栏目更新不够及时。', 60, 700),
      run('2022', 60, 680),
      run('12', 120, 680),
      run('全年培训160人次。', 60, 600),
    ]);
    expect(textTables(lines).every((i) => i.kind === 'line')).toBe(true);
  });
});
