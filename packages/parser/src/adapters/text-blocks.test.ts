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

describe('textBlocks on loose renderings', () => {
  const only = (text: string) => {
    const blocks = textBlocks(text);
    expectSpans(text, blocks);
    return tables(blocks);
  };
  const stream = (t: TableBlock | undefined) => t?.rows.map((r) => r.cells.map((c) => c.text).join(','));

  it('reads cells printed one per line with " |" as a stream, a lone | as an empty cell', () => {
    const text = '规章 |\n0 |\n |\n0 |\n规范性文件 |\n9 |\n9 |\n9 |\n';
    const [table] = only(text);
    expect(stream(table)).toEqual(['规章', '0', '', '0', '规范性文件', '9', '9', '9']);
  });

  it('reads cells separated by lines holding only |, two bars in a row enclosing an empty cell', () => {
    const text = '规章\n|\n0\n|\n|\n0\n|\n规范性文件\n|\n9\n|\n9\n|\n9\n|\n';
    const [table] = only(text);
    expect(stream(table)).toEqual(['规章', '0', '', '0', '规范性文件', '9', '9', '9']);
  });

  it('reads cells separated by blank lines, an extra separator’s worth of blank lines being an empty cell', () => {
    const text = '说明文字。\n\n规章\n\n0\n\n\n\n0\n\n规范性文件\n\n9\n\n9\n\n9\n\n结束。\n';
    const blocks = textBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(stream(tables(blocks)[0])).toEqual(['规章', '0', '', '0', '规范性文件', '9', '9', '9']);
  });

  it('leaves short lines without enough numbers as paragraphs', () => {
    const text = '嵩县人民政府办公室\n2021年1月20日\n\n一、总体情况\n\n26\n';
    expect(textBlocks(text).map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('reads PDF-to-text rows split on spaces, joining a lone ordinal to its label', () => {
    const text =
      '第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n(二) 部分公开 3 1 4\n';
    const [table] = only(text);
    expect(cellTexts(table)).toEqual([
      ['第二十条第（一）项'],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '0'],
      ['(二) 部分公开', '3', '1', '4'],
    ]);
  });

  it('keeps single spaces inside cells when the values are separated by two or more', () => {
    const text = '(一) 予以公开  12  2  14\n(二) 部分公开  3  1  4\n';
    const [table] = only(text);
    expect(cellTexts(table)).toEqual([
      ['(一) 予以公开', '12', '2', '14'],
      ['(二) 部分公开', '3', '1', '4'],
    ]);
  });

  it('joins a header spelled one character per line into one cell', () => {
    const text = '自\n然\n人\n行政处罚 15 0 57\n行政强制 3 0 6\n';
    const [table] = tables(textBlocks(text));
    expect(cellTexts(table)).toEqual([
      ['自然人'],
      ['行政处罚', '15', '0', '57'],
      ['行政强制', '3', '0', '6'],
    ]);
    // The joined cell spans the three lines; its text leaves the line breaks out.
    expect(table?.rows[0]?.cells[0]).toMatchObject({ start: 0, end: 5 });
  });

  it('rejoins a header row that a line break inside a cell split in two', () => {
    const text = '信息内容\t本年新\n制作数量\t本年新公开数量\t对外公开总数量\n规章\t0\t0\t0\n';
    const [table] = tables(textBlocks(text));
    expect(cellTexts(table)).toEqual([
      ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
      ['规章', '0', '0', '0'],
    ]);
    // The joined cell spans both halves, line break included.
    const joined = table?.rows[0]?.cells[1];
    expect(text.slice(joined?.start, joined?.end)).toBe('本年新\n制作数量');
  });

  it('reads runs of pipes as that many empty cells', () => {
    const [table] = only(
      '| 三、本年度办理结果 | （一）予以公开 |||| 3 |\n| 一、本年新收 | | 1 | 2 | 3 | 6 |\n',
    );
    expect(cellTexts(table)?.[0]).toEqual(['三、本年度办理结果', '（一）予以公开', '', '', '', '3']);
  });
});

describe('textBlocks on hard-wrapped prose', () => {
  it('joins lines cut at the wrap width into one paragraph, not headings or closed sentences', () => {
    const width = 20;
    const para = '全年主动公开政府信息2316条，其中政务动态1024条，政策解读56篇，培训90余人次。';
    const wrapped = para.match(new RegExp(`.{1,${width}}`, 'gu'))?.join('\n') ?? '';
    const text = `（一）主动公开情况说明文字较长的标题\n${wrapped}\n另起一段说明。\n`;
    const paragraphs = textBlocks(text).filter((b) => b.kind === 'paragraph');
    expect(paragraphs.map((p) => p.text.replace(/\n/gu, ''))).toEqual([
      '（一）主动公开情况说明文字较长的标题',
      para,
      '另起一段说明。',
    ]);
  });

  it('leaves paragraphs separated by blank lines alone', () => {
    const text =
      '第一段没有句号结尾的一行文字，长度足够长长长\n\n第二段没有句号结尾的一行文字，长度足够长长长\n';
    expect(textBlocks(text).map((b) => b.kind === 'paragraph' && b.text)).toHaveLength(2);
  });
});
