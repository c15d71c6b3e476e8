import { describe, expect, it } from 'vitest';
import type { HRule, TextRun, VRule } from './pdf-types.ts';
import { ruledTables } from './ruled-tables.ts';
import { compactGrid } from './table-merge.ts';

/** A run of full-width characters, `size` points each. */
const run = (str: string, x0: number, y: number, size = 10): TextRun => ({
  str,
  x0,
  x1: x0 + [...str].length * size,
  y,
  size,
});

/** Rules of a grid: every row and column line drawn in full, minus the segments listed in `open`. */
function frame(xs: number[], ys: number[], open: { v?: [number, number][]; h?: [number, number][] } = {}) {
  const h: HRule[] = [];
  const v: VRule[] = [];
  ys.forEach((y, r) => {
    xs.slice(0, -1).forEach((x, c) => {
      if (open.h?.some(([rr, cc]) => rr === r && cc === c)) return;
      h.push({ y, x0: x, x1: xs[c + 1] ?? x });
    });
  });
  xs.forEach((x, c) => {
    ys.slice(0, -1).forEach((y, r) => {
      if (open.v?.some(([rr, cc]) => rr === r && cc === c)) return;
      v.push({ x, y0: ys[r + 1] ?? y, y1: y });
    });
  });
  return { h, v };
}

describe('ruledTables', () => {
  // Columns at 100/200/260/320; rows top to bottom at 700/680/660/640/620.
  const xs = [100, 200, 260, 320];
  const ys = [700, 680, 660, 640, 620];

  it('reads cells by their rules; a missing rule merges cells and the text goes to the first slot', () => {
    // Row 0: a header spanning columns 1-2 (no rule at x=260 in row 0).
    // Column 0, rows 1-3: one merged group cell (no rules at y=660 and y=640 in column 0), its label
    // vertically centred, i.e. printed on the middle row.
    const { h, v } = frame(xs, ys, {
      v: [[0, 2]],
      h: [
        [2, 0],
        [3, 0],
      ],
    });
    const runs = [
      run('信息', 105, 685),
      run('申请人情况', 205, 685),
      run('（三）不予公开', 102, 645, 8),
      run('1', 225, 665),
      run('2', 285, 665),
      run('3', 225, 645),
      run('4', 285, 645),
      run('5', 225, 625),
      run('6', 285, 625),
    ];
    const { tables, rest } = ruledTables(runs, h, v);
    expect(rest).toEqual([]);
    expect(tables.map((t) => compactGrid(t.grid))).toEqual([
      [
        ['信息', '申请人情况', ''],
        ['（三）不予公开', '1', '2'],
        ['', '3', '4'],
        ['', '5', '6'],
      ],
    ]);
  });

  it('joins the lines of a wrapped cell and keeps text outside the frame for the flow', () => {
    const { h, v } = frame([100, 160, 220], [700, 670, 650]);
    const runs = [
      run('（二）部分', 102, 688, 8),
      run('公开', 102, 676, 8),
      run('3', 185, 680),
      run('规章', 102, 655),
      run('0', 185, 655),
      run('正文段落', 100, 720),
    ];
    const { tables, rest } = ruledTables(runs, h, v);
    expect(tables.map((t) => compactGrid(t.grid))).toEqual([
      [
        ['（二）部分公开', '3'],
        ['规章', '0'],
      ],
    ]);
    expect(rest.map((r) => r.str)).toEqual(['正文段落']);
  });

  it('splits a run drawn across a ruled boundary', () => {
    const { h, v } = frame([100, 140, 180, 220], [700, 680]);
    // One text object "1 2 3" spanning three cells, five characters of 8 points each.
    const runs: TextRun[] = [{ str: '1   2', x0: 110, x1: 170, y: 685, size: 12 }];
    const { tables } = ruledTables(runs, h, v);
    expect(tables[0]?.grid).toEqual([['1', '2', '']]);
  });

  it('does not take a framed box or a lone rule for a table', () => {
    const box = frame([60, 540], [800, 40]);
    const underline = { h: [{ y: 600, x0: 100, x1: 300 }], v: [] };
    const runs = [run('整页边框里的正文', 80, 700), run('标题', 100, 605)];
    for (const { h, v } of [box, underline]) {
      const { tables, rest } = ruledTables(runs, h, v);
      expect(tables).toEqual([]);
      expect(rest).toHaveLength(2);
    }
  });

  it('joins rules drawn cell by cell and double borders into one grid line', () => {
    const { h, v } = frame([100, 150, 200], [700, 680, 660]);
    // A double border one point inside the outer frame must not create an empty column.
    v.push({ x: 101, y0: 660, y1: 700 });
    const runs = [run('甲', 110, 685), run('1', 170, 685), run('乙', 110, 665), run('2', 170, 665)];
    const { tables } = ruledTables(runs, h, v);
    expect(tables.map((t) => compactGrid(t.grid))).toEqual([
      [
        ['甲', '1'],
        ['乙', '2'],
      ],
    ]);
  });

  it('leaves pages drawn with thousands of rules (charts, hatching) to the text flow', () => {
    const h = Array.from({ length: 5000 }, (_, i) => ({ y: 100 + i * 2, x0: 100, x1: 300 }));
    const v = Array.from({ length: 5000 }, (_, i) => ({ x: 100 + i * 2, y0: 100, y1: 600 }));
    const runs = [run('图表标题', 120, 620), run('12', 150, 300)];
    const { tables, rest } = ruledTables(runs, h, v);
    expect(tables).toEqual([]);
    expect(rest).toHaveLength(2);
  });
});
