import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../document.ts';
import { htmlAdapter } from './html-adapter.ts';

async function read(html: string | Uint8Array): Promise<{ document: ReportDocument; encoding: string }> {
  return htmlAdapter(typeof html === 'string' ? new TextEncoder().encode(html) : html, 'page.html');
}

const paragraphs = (d: ReportDocument) => d.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
const tables = (d: ReportDocument) =>
  d.blocks.flatMap((b) => (b.kind === 'table' ? [b.rows.map((r) => r.cells.map((c) => c.text))] : []));

/** Every block and cell points at its own text inside the rendering. */
function expectSpans(d: ReportDocument): void {
  for (const b of d.blocks) {
    if (b.kind === 'paragraph') expect(d.text.slice(b.start, b.end)).toBe(b.text);
    else
      for (const row of b.rows) for (const c of row.cells) expect(d.text.slice(c.start, c.end)).toBe(c.text);
  }
}

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>年度报告_某县人民政府</title>
<script>var x = "<p>脚本里的年度报告</p>";</script><style>p { color: red }</style></head>
<body>
<div class="top"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>
<div id="header"><img src="logo.png" alt="某县人民政府"><form><input name="q"><button>搜索</button></form></div>
<nav><ul><li><a href="/">网站首页</a></li><li><a href="/a">机构概况</a></li></ul></nav>
<div class="wrap">
  <div class="crumbs">当前位置：<a href="/">首页</a> &gt; 年度报告</div>
  <h1 class="title">某县民政局<br>2021年政府信息公开工作年度报告</h1>
  <div class="content">
    <p>&nbsp;&nbsp;本年度主动公开政府信息<span>120</span>条，
       其中政策解读8篇。</p>
    <p style="display:none">隐藏的段落</p>
    <p>第一行<br>第二行<br><br>新的段落</p>
    <table border="1">
      <tr><td colspan="2">第二十条第（一）项</td></tr>
      <tr><td>信息内容</td><td><p>本年</p><p>制发件数</p></td></tr>
      <tr><td>规章</td><td>&nbsp;</td></tr>
    </table>
    <p>R&amp;D 投入&lt;5%</p>
  </div>
  <div class="related"><a href="/x">上一篇：2020年报告</a></div>
</div>
<div class="footer"><p>主办：某县人民政府办公室　联系电话：0379-12345678</p></div>
</body></html>`;

describe('htmlAdapter', () => {
  it('reads the report and drops site chrome, scripts, styles and hidden elements', async () => {
    const { document } = await read(PAGE);
    expect(paragraphs(document)).toEqual([
      '某县民政局',
      '2021年政府信息公开工作年度报告',
      '本年度主动公开政府信息120条，其中政策解读8篇。',
      '第一行',
      '第二行',
      '新的段落',
      'R&D 投入<5%',
    ]);
    expect(document.text).not.toMatch(/首页|搜索|网站首页|当前位置|上一篇|主办|隐藏|脚本/);
    expectSpans(document);
  });

  it('writes tables as tab-separated grid rows, one per line, with <p> parts joined', async () => {
    const { document } = await read(PAGE);
    expect(tables(document)).toEqual([
      [
        ['第二十条第（一）项', ''],
        ['信息内容', '本年制发件数'],
        ['规章', ''],
      ],
    ]);
    expect(document.text).toContain('第二十条第（一）项\t\n信息内容\t本年制发件数\n规章\t\n');
  });

  it('puts <br>-separated lines on consecutive lines and blocks after a blank line', async () => {
    const { document } = await read(PAGE);
    expect(document.text).toContain('某县民政局\n2021年政府信息公开工作年度报告\n\n');
    expect(document.text).toContain('第一行\n第二行\n\n新的段落');
  });

  it('keeps a title printed above the article container', async () => {
    const body = '<p>本机关全年收到申请19件，答复19件。</p>'.repeat(30);
    const html = `<html><body><div class="main"><h2>某区交通运输局2022年政府信息公开工作年度报告</h2>
      <div class="TRS_Editor">${body}</div></div><div>版权所有</div></body></html>`;
    const { document } = await read(html);
    expect(paragraphs(document)[0]).toBe('某区交通运输局2022年政府信息公开工作年度报告');
    expect(document.text).not.toContain('版权所有');
  });

  it('keeps a traditional-character title (年度報告) printed above the article container', async () => {
    const body = '<p>本機關全年收到申請19件，答覆19件。</p>'.repeat(30);
    const html = `<html><body><div class="main"><h2>某區交通運輸局2022年政府信息公開工作年度報告</h2>
      <div class="TRS_Editor">${body}</div></div><div>版权所有</div></body></html>`;
    const { document } = await read(html);
    expect(paragraphs(document)[0]).toBe('某區交通運輸局2022年政府信息公開工作年度報告');
  });

  it('reads through layout tables (nested tables, one-cell rows)', async () => {
    const html = `<html><body><table><tr><td><a href="/">首页</a></td></tr></table>
      <table><tr><td width="200"><a href="/a">公开指南</a><br><a href="/b">公开年报</a></td>
      <td><table><tr><td>标题：某镇2020年政府信息公开工作年度报告</td></tr>
      <tr><td><p>正文第一段，共收到申请3件。</p><table><tr><td>行政许可</td><td>5</td></tr></table></td></tr></table></td></tr></table>
      </body></html>`;
    const { document } = await read(html);
    expect(paragraphs(document)).toContain('正文第一段，共收到申请3件。');
    expect(tables(document)).toEqual([[['行政许可', '5']]]);
  });

  it('decodes a page declaring gb2312 (as GB18030)', async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>
      <body><p>嵩县人民政府办公室2020年政府信息公开工作年度报告</p></body></html>`;
    const { document, encoding } = await read(Uint8Array.from(iconv.encode(html, 'gb18030')));
    expect(encoding).toBe('gb18030');
    expect(paragraphs(document)).toEqual(['嵩县人民政府办公室2020年政府信息公开工作年度报告']);
  });

  it('finds the declaration after a comment in GBK (bytes 0x80-0x9f included)', async () => {
    const html = `<html><head><!-- 說明：本頁面僅供參考 --><meta charset="gbk"></head><body><p>年度报告</p></body></html>`;
    const bytes = Uint8Array.from(iconv.encode(html, 'gb18030'));
    expect(bytes.some((b) => b >= 0x80 && b <= 0x9f)).toBe(true);
    const { document, encoding } = await read(bytes);
    expect(encoding).toBe('gb18030');
    expect(paragraphs(document)).toEqual(['年度报告']);
  });

  it('prefers valid UTF-8 over a stale gb2312 declaration', async () => {
    const html = '<html><head><meta charset="gb2312"></head><body><p>年度报告</p></body></html>';
    const { document, encoding } = await read(html);
    expect(encoding).toBe('utf-8');
    expect(paragraphs(document)).toEqual(['年度报告']);
  });

  it('honours a UTF-16 byte order mark', async () => {
    const html = '<html><body><p>政府信息公开工作年度报告</p></body></html>';
    const bytes = Uint8Array.from([0xff, 0xfe, ...iconv.encode(html, 'utf16le')]);
    const { document, encoding } = await read(bytes);
    expect(encoding).toBe('utf-16le');
    expect(paragraphs(document)).toEqual(['政府信息公开工作年度报告']);
  });
});

describe('htmlAdapter on hostile markup', () => {
  it('reads text nested far deeper than real pages without exhausting the stack', async () => {
    const depth = 50_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>某县2021年政府信息公开工作年度报告</p>${'</div>'.repeat(depth)}</body></html>`;
    const { document } = await read(html);
    expect(document.text).toContain('某县2021年政府信息公开工作年度报告');
  });
});
