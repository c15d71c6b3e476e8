import { describe, expect, it } from 'vitest';
import { stripChrome } from './chrome.ts';
import { parseHtmlTree } from './html-tree.ts';
import { nodeText } from './node-text.ts';

// Enough report text that no location line holds half of the page.
const BODY =
  '<p>本报告根据《中华人民共和国政府信息公开条例》编制，全文包括总体情况、主动公开政府信息情况等内容。</p>';

function strippedText(body: string): string {
  const root = parseHtmlTree(`<html><body>${body}${BODY}</body></html>`);
  stripChrome(root);
  return nodeText(root);
}

describe('stripChrome location lines', () => {
  it('drops a breadcrumb whose label opens the element after blanks and nested inline elements', () => {
    const text = strippedText(
      '<div><p> \n <span> </span><span><b>您现在的位置</b>：首页 &gt; 年报</span></p></div>',
    );
    expect(text).not.toContain('您现在的位置');
    expect(text).toContain('政府信息公开条例');
  });

  it('drops a breadcrumb indented by more blanks than the label test reads at first', () => {
    const text = strippedText(`<p>${'&nbsp;'.repeat(14)}当前位置：首页 &gt; 政务公开</p>`);
    expect(text).not.toContain('当前位置');
  });

  it('drops one whose indent is split over several elements', () => {
    const indent = '<span>&nbsp;&nbsp;&nbsp;</span>'.repeat(5);
    const text = strippedText(`<div>${indent}<span>你的位置：首页</span></div>`);
    expect(text).not.toContain('你的位置');
  });

  it('keeps text that opens with the same characters but is no location label', () => {
    const text = strippedText('<p>当前工作重点是推进政务公开。</p><p>您好，欢迎来信。</p>');
    expect(text).toContain('当前工作重点');
    expect(text).toContain('您好');
  });

  it('keeps a paragraph that mentions a location label after its opening', () => {
    const text = strippedText('<p>网站页面顶部设有当前位置导航。</p>');
    expect(text).toContain('当前位置导航');
  });
});
