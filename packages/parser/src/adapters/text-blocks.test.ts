import { describe, expect, it } from 'vitest';
import type { Block, TableBlock } from '../document.ts';
import { textBlocks } from './text-blocks.ts';

const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === 'table');
const cellTexts = (t: TableBlock | undefined) => t?.rows.map((r) => r.cells.map((c) => c.text));

/** Every span must slice the text to exactly what the block or cell says it holds. */
function expectSpans(text: string, blocks: Block[]): void {
  for (const b of blocks) {
    if (b.kind === 'paragraph') expect(text.slice(b.start, b.end)).toBe(b.text);
    else for (const row of b.rows) for (const c of row.cells) expect(text.slice(c.start, c.end)).toBe(c.text);
  }
}

describe('textBlocks', () => {
  it('keeps one paragraph per line and groups tab lines into a table across blank lines', () => {
    const text = '标题\n\n信息内容\t数量\n规章\t0\n\n规范性文件\t9\n正文。\n';
    const blocks = textBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(cellTexts(tables(blocks)[0])).toEqual([
      ['信息内容', '数量'],
      ['规章', '0'],
      ['规范性文件', '9'],
    ]);
    expectSpans(text, blocks);
  });

  it('keeps empty cells, including leading ones, as zero-width spans between separators', () => {
    const text = '\t(二) 部分公开\t\t3\n一、新收\t1\t2\t3\n';
    const [table] = tables(textBlocks(text));
    expect(cellTexts(table)).toEqual([
      ['', '(二) 部分公开', '', '3'],
      ['一、新收', '1', '2', '3'],
    ]);
    const empty = table?.rows[0]?.cells[2];
    expect(empty?.start).toBe(empty?.end);
    expect(text[(empty?.start ?? 0) - 1]).toBe('\t');
  });

  it('leaves a heading with a stray tab as a paragraph', () => {
    const blocks = textBlocks('一、总体情况\t\n正文第一段。\n');
    expect(blocks).toEqual([
      { kind: 'paragraph', start: 0, end: 6, text: '一、总体情况' },
      { kind: 'paragraph', start: 8, end: 14, text: '正文第一段。' },
    ]);
  });

  it('reads bordered markdown tables, skipping the rule row', () => {
    const text = '| 行政复议 |  | 总计 |\n|---|:---:|---|\n| 1 |  | 2 |\n';
    const blocks = textBlocks(text);
    expect(cellTexts(tables(blocks)[0])).toEqual([
      ['行政复议', '', '总计'],
      ['1', '', '2'],
    ]);
    expectSpans(text, blocks);
  });

  it('reads unbordered and full-width pipe rows', () => {
    const text = ' | (二) 部分公开 | 3\n规章｜0｜1\n';
    const blocks = textBlocks(text);
    expect(cellTexts(tables(blocks)[0])).toEqual([
      ['', '(二) 部分公开', '3'],
      ['规章', '0', '1'],
    ]);
    expectSpans(text, blocks);
  });

  it('keeps offsets into text with CRLF and lone CR line ends', () => {
    const text = '标题\r\n规章\t0\t1\r\n规范性文件\t9\t9\r末段。';
    const blocks = textBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expectSpans(text, blocks);
    expect(cellTexts(tables(blocks)[0])?.[1]).toEqual(['规范性文件', '9', '9']);
  });
});
