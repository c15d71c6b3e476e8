import { describe, expect, it } from 'vitest';
import { expandGrid, type TableBlock } from './blocks.ts';

const table = (rows: TableBlock['rows'], columns: number): TableBlock => ({
  type: 'table',
  table: 't3',
  columns,
  widths: new Array<number>(columns).fill(1),
  rows,
});

describe('expandGrid', () => {
  it('places cells around rowspans and colspans like a browser', () => {
    const grid = expandGrid(
      table(
        [
          [
            { text: 'a', rowSpan: 2 },
            { text: 'b', colSpan: 2 },
          ],
          [{ text: 'c' }, { text: 'd' }],
        ],
        3,
      ),
    );
    expect(
      grid.map((row) => row.map((s) => (s.kind === 'origin' ? s.cell.text : `(${s.by}:${s.origin.text})`))),
    ).toEqual([
      ['a', 'b', '(col:b)'],
      ['(row:a)', 'c', 'd'],
    ]);
  });

  it('rejects a row with more cells than the grid has columns', () => {
    expect(() => expandGrid(table([[{ text: 'a' }, { text: 'b' }, { text: 'c' }]], 2))).toThrow(
      /more cells/u,
    );
  });

  it('rejects a row that leaves grid positions empty', () => {
    expect(() => expandGrid(table([[{ text: 'a' }]], 2))).toThrow(/empty/u);
  });
});
