import { describe, expect, it } from 'vitest';
import { parseHtmlTree } from './html-tree.ts';
import { cellText } from './inline-text.ts';
import { expandGrid, isDataTable, tableRows } from './table-grid.ts';

function firstTable(html: string) {
  const root = parseHtmlTree(html);
  const find = (node: (typeof root.children)[number]): typeof root | undefined => {
    if (typeof node === 'string') return undefined;
    if (node.tag === 'table') return node;
    for (const child of node.children) {
      const found = find(child);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const table = find(root);
  if (table === undefined) throw new Error('no table');
  return table;
}

/** The table's grid as cell texts ('' for slots a span covers). */
function grid(html: string): string[][] {
  const rows = tableRows(firstTable(html));
  return expandGrid(rows).map((line) => line.map((cell) => (cell === null ? '' : cellText(cell))));
}

describe('expandGrid', () => {
  it('puts a spanned cell in its first slot and leaves the covered slots empty', () => {
    const html = `<table>
      <tr><td rowspan="2" colspan="2">本列</td><td colspan="3">申请人情况</td></tr>
      <tr><td>自然人</td><td>商业企业</td><td>总计</td></tr>
      <tr><td>一、本年新收</td><td>x</td><td>1</td><td>2</td><td>3</td></tr>
    </table>`;
    expect(grid(html)).toEqual([
      ['本列', '', '申请人情况', '', ''],
      ['', '', '自然人', '商业企业', '总计'],
      ['一、本年新收', 'x', '1', '2', '3'],
    ]);
  });

  it('prints a group label once, on the first of the rows it spans', () => {
    const html = `<table>
      <tr><td rowspan="3">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>
      <tr><td>2.其他法律行政法规禁止公开</td><td>1</td></tr>
      <tr><td>3.危及“三安全一稳定”</td><td>2</td></tr>
    </table>`;
    expect(grid(html)).toEqual([
      ['（三）不予公开', '1.属于国家秘密', '0'],
      ['', '2.其他法律行政法规禁止公开', '1'],
      ['', '3.危及“三安全一稳定”', '2'],
    ]);
  });

  it('clamps a rowspan at the last row, reads rowspan="0" as "to the end", pads short rows', () => {
    const html = `<table>
      <tr><td rowspan="0">a</td><td>b</td><td rowspan="99">c</td></tr>
      <tr><td>d</td></tr>
      <tr><td>e</td><td>f</td></tr>
    </table>`;
    expect(grid(html)).toEqual([
      ['a', 'b', 'c', ''],
      ['', 'd', '', ''],
      ['', 'e', '', 'f'],
    ]);
  });

  it('ignores invalid spans and caps absurd colspans', () => {
    const rows = grid(
      '<table><tr><td colspan="abc">a</td><td colspan="-3">b</td><td colspan="5000">c</td></tr></table>',
    );
    expect(rows[0]?.slice(0, 3)).toEqual(['a', 'b', 'c']);
    expect(rows[0]?.length).toBe(1000);
  });

  it('reads rows through thead/tbody/tfoot but not rows of nested tables', () => {
    const html = `<table><thead><tr><th>h1</th><th>h2</th></tr></thead>
      <tbody><tr><td>a</td><td><table><tr><td>inner</td><td>x</td></tr></table></td></tr></tbody>
      <tfoot><tr><td>f</td><td>g</td></tr></tfoot></table>`;
    expect(tableRows(firstTable(html))).toHaveLength(3);
  });
});

describe('cell text', () => {
  it('joins <p>, <br> and <span> parts of a cell without spaces between Chinese text', () => {
    const html = `<table><tr>
      <td><p align="center">商业</p><p>企业</p></td>
      <td>结果<br>维持</td>
      <td><span>行政</span><span>许可</span></td>
      <td>&nbsp;</td>
      <td><p>Total</p><p>count</p></td>
    </tr></table>`;
    expect(grid(html)).toEqual([['商业企业', '结果维持', '行政许可', '', 'Total count']]);
  });
});

describe('isDataTable', () => {
  it('tells data tables from page layout', () => {
    expect(isDataTable(firstTable('<table><tr><td>规章</td><td>0</td></tr></table>'))).toBe(true);
    // One cell per row: a layout column, not a table.
    expect(isDataTable(firstTable('<table><tr><td>标题</td></tr><tr><td>正文</td></tr></table>'))).toBe(
      false,
    );
    // A nested table makes the outer one layout.
    expect(
      isDataTable(
        firstTable(
          '<table><tr><td>导航</td><td><table><tr><td>a</td><td>1</td></tr></table></td></tr></table>',
        ),
      ),
    ).toBe(false);
    // A cell holding a page's worth of text is a page region.
    const long = '本报告依据条例编制。'.repeat(40);
    expect(isDataTable(firstTable(`<table><tr><td>导航</td><td>${long}</td></tr></table>`))).toBe(false);
  });
});

describe('expandGrid on hostile tables', () => {
  it('stays within its slot budget', () => {
    const row = `<tr>${'<td colspan="1000" rowspan="65534">x</td>'.repeat(5)}</tr>`;
    const html = `<table>${row.repeat(3000)}</table>`;
    const rows = grid(html);
    expect(rows.length * (rows[0]?.length ?? 0)).toBeLessThanOrEqual(1_000_000);
    expect(rows[0]?.[0]).toBe('x');
  });
});
