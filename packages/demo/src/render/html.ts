import type { SyntheticReport } from '../model/synthetic-report.ts';
import type { Block, Cell, TableBlock } from './document/blocks.ts';
import { buildDocument } from './document/build-document.ts';
import { reportStyle } from './document/style.ts';
import { encodeText } from './encode.ts';

/** Options of the html writer. */
export interface HtmlOptions {
  encoding: 'utf8' | 'gb18030';
}

const escapeHtml = (s: string) =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** Cell content the way a site's rich-text editor leaves it: bare, or wrapped in <p><span>. */
function cellHtml(cell: Cell, wrapped: boolean): string {
  const text = cell.text === '' ? '&nbsp;' : escapeHtml(cell.text);
  const span = [
    cell.rowSpan && cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '',
    cell.colSpan && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '',
  ].join('');
  const inner = wrapped ? `<p align="${cell.align ?? 'center'}"><span>${text}</span></p>` : text;
  return `<td${span}>${inner}</td>`;
}

function tableHtml(table: TableBlock, wrapped: boolean): string {
  const rows = table.rows.map((row) => `<tr>${row.map((c) => cellHtml(c, wrapped)).join('')}</tr>`);
  return `<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function blockHtml(block: Block, indent: 'css' | 'nbsp', wrapped: boolean): string {
  switch (block.type) {
    case 'title':
      return `<p style="text-align:center"><strong>${escapeHtml(block.text)}</strong></p>`;
    case 'heading':
      return `<p style="text-indent:2em"><strong>${escapeHtml(block.text)}</strong></p>`;
    case 'paragraph':
      if (block.align === 'right') return `<p style="text-align:right">${escapeHtml(block.text)}</p>`;
      return indent === 'css'
        ? `<p style="text-indent:2em">${escapeHtml(block.text)}</p>`
        : `<p>&nbsp;&nbsp;&nbsp;&nbsp;${escapeHtml(block.text)}</p>`;
    case 'table':
      return tableHtml(block, wrapped);
  }
}

/**
 * An html rendering: a government site's article page — header, navigation, breadcrumb and
 * footer around the report, tables as real <table>s with rowspan/colspan.
 */
export function renderHtml(report: SyntheticReport, options: HtmlOptions): Uint8Array {
  const blocks = buildDocument(report);
  const style = reportStyle(report);
  const title = blocks[0]?.type === 'title' ? blocks[0].text : report.agency;
  const site = `${report.region.name}人民政府`;
  const indent = style.wording('html-indent', 2) === 0 ? 'css' : 'nbsp';
  const wrapped = style.wording('html-cells', 2) === 0;
  const charset =
    options.encoding === 'utf8'
      ? '<meta charset="utf-8">'
      : '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">';
  const index = `${report.region.code}-${report.year + 1}-${String(report.variant % 100000).padStart(5, '0')}`;
  const body = blocks
    .slice(1)
    .map((b) => blockHtml(b, indent, wrapped))
    .join('\n');
  const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
${charset}
<title>${escapeHtml(title)}_${escapeHtml(site)}</title>
<link rel="stylesheet" href="/css/article.css">
</head>
<body>
<div class="header"><div class="logo">${escapeHtml(site)}</div></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwdt/">政务动态</a><a href="/hdjl/">互动交流</a><a href="/bsfw/">办事服务</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; 政府信息公开年报</div>
<div class="article">
<div class="meta">索引号：${index}　发布机构：${escapeHtml(report.agency)}　发布日期：${report.published}</div>
<h1>${escapeHtml(title)}</h1>
<div class="info">发布时间：${report.published}　来源：${escapeHtml(report.agency)}　【字体：大 中 小】</div>
<div class="content" id="zoom">
${body}
</div>
</div>
<div class="footer"><p>主办单位：${escapeHtml(site)}办公室　<a href="/sitemap/">网站地图</a></p><p>网站标识码：${report.region.code}0001</p></div>
</body>
</html>
`;
  return encodeText(html, options.encoding === 'utf8' ? 'utf8' : 'gb18030');
}
