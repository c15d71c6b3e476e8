import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { HtmlElement } from './html-tree.ts';
import { parseHtmlPage, parseHtmlTree } from './html-tree.ts';
import { textLength } from './node-text.ts';

const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed']);
for (const t of ['svg', 'math', 'canvas', 'select', 'option', 'textarea', 'button']) SKIPPED.add(t);

/** The tree as built from htmlparser2's own Parser events (the builder this module replaced). */
function parserTree(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  let skipping = 0;
  let flattened = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (skipping > 0 || SKIPPED.has(name)) {
          skipping++;
          return;
        }
        if (stack.length >= 256) {
          flattened++;
          return;
        }
        const element: HtmlElement = { tag: name, attrs, children: [] };
        stack[stack.length - 1]?.children.push(element);
        stack.push(element);
      },
      onclosetag() {
        if (skipping > 0) skipping--;
        else if (flattened > 0) flattened--;
        else if (stack.length > 1) stack.pop();
      },
      ontext(text) {
        if (skipping > 0) return;
        const parent = stack[stack.length - 1];
        if (parent === undefined) return;
        const last = parent.children[parent.children.length - 1];
        if (typeof last === 'string') parent.children[parent.children.length - 1] = last + text;
        else parent.children.push(text);
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return root;
}

// Markup that exercises the Parser's closing rules: implied end tags, void and self-closing
// elements, stray end tags, nested forms, foreign content, comments, CDATA, entities, odd case.
const TRICKY = [
  '<p>一<p>二<div>三</div>四</p>',
  '<table><tr><td>甲<td>乙<tr><td>丙</table>',
  '<TABLE><TR><TD>外<table><tr><td>内</td></tr></table>后</TD></TR></TABLE>',
  '<table><thead><tr><th>列<th>列二<tbody><tr><td>1<td>2<tfoot><tr><td>合计</table>',
  '<ul><li>一<li>二</ul><dl><dt>词<dd>义<dt>词二</dl>',
  '<p>前</br>后</p></p><p>x</P>',
  '<div><!-- 注释 <p>不是段落</p> -->正文<![CDATA[ 不是文本 ]]></div>',
  '<svg><clipPath><desc><p>图</p></desc></clippath><![CDATA[svg 文本]]></svg><p>后</p>',
  '<math><mi>x</mi><mtext><b>粗</b></mtext></math>尾',
  '<svg><foreignObject><div>里</div></foreignobject></svg><image src=a>',
  '<form id=a><form id=b><input value=1>字</form></form>',
  '<div class=x CLASS=y Id=z data-a=&amp;&lt;&#x41;&#66;>属性</div>',
  '<td colspan=2 rowspan="3" hidden>无表格的单元格</td>',
  '<p>&nbsp;&nbsp;两&amp;三&copy;&#20013;&#x6587;&notanentity; &lt;p&gt;</p>',
  '<br/><hr/><img src="a.png"/><div/>自闭合<span/>后</div>',
  '<h1>题<h2>副题</h1>正文<a href=1>链<a href=2>链二</a>',
  '<script>var s = "<p>脚本</p>";</script><style>p{}</style><title>页<b>题</title>文',
  '<select><option>一<option>二</select><textarea><p>不解析</textarea><button>按</button>',
  '<div><p>未闭合的段落<table><tr><td>表</td></tr></table></div>',
  '<p>断<',
  '<div class="a',
  '<!DOCTYPE html><?xml version="1.0"?><html><body><p>文</body></html>',
  `${'<div>'.repeat(300)}深${'</div>'.repeat(300)}后`,
  '<rt>一<rp>二<rt>三<optgroup><option>四</optgroup>',
  '<TD>大写<TR><Th>头</tH></TR>',
];

describe('parseHtmlTree', () => {
  it('nests tricky markup exactly as htmlparser2 Parser events do', () => {
    for (const html of TRICKY) expect(parseHtmlTree(html), html).toEqual(parserTree(html));
  });

  it('closes unclosed paragraphs and cells as browsers do', () => {
    const root = parseHtmlTree('<p>一<p>二<table><tr><td>甲<td>乙<tr><td>丙</table>');
    const tags = (e: HtmlElement): unknown[] =>
      e.children.map((c) => (typeof c === 'string' ? c : [c.tag, ...tags(c)]));
    expect(tags(root)).toEqual([
      ['p', '一'],
      ['p', '二'],
      ['table', ['tr', ['td', '甲'], ['td', '乙']], ['tr', ['td', '丙']]],
    ]);
  });

  it('keeps lower-cased attributes, the first of a repeated name, with entities decoded', () => {
    const root = parseHtmlTree('<DIV CLASS=a class="b" ID=\'c\' title="&lt;&#x41;" hidden>x</DIV>');
    expect(root.children[0]).toEqual({
      tag: 'div',
      attrs: { class: 'a', id: 'c', title: '<A', hidden: '' },
      children: ['x'],
    });
  });

  it('builds the same tree as the Parser on random markup', () => {
    const piece = fc.oneof(
      fc
        .constantFrom(
          ...[
            'p',
            'div',
            'td',
            'tr',
            'th',
            'table',
            'tbody',
            'thead',
            'li',
            'ul',
            'a',
            'b',
            'span',
            'h1',
            'h2',
          ],
          ...[
            'form',
            'br',
            'img',
            'hr',
            'svg',
            'math',
            'desc',
            'clipPath',
            'foreignObject',
            'title',
            'script',
          ],
          ...['select', 'option', 'input', 'dd', 'dt', 'Image', 'TD', 'P'],
        )
        .chain((tag) =>
          fc.constantFrom(`<${tag}>`, `</${tag}>`, `<${tag}/>`, `<${tag} class=x id="y">`, `</${tag} >`),
        ),
      fc.constantFrom(
        '文',
        '字 ',
        '\n',
        '&nbsp;',
        '&amp;',
        '&#20013;',
        '&lt;',
        '<!-- c -->',
        '<![CDATA[d]]>',
      ),
      fc.constantFrom('<', '>', '&', '"', "'", '=', '/'),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 5, maxLength: 80, size: 'max' }), (pieces) => {
        const html = pieces.join('');
        const tree = parserTree(html);
        expect(parseHtmlTree(html)).toEqual(tree);
        // The text length counted while building is that of the finished tree.
        expect(parseHtmlPage(html).textLength).toBe(textLength(tree));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts the text of elements nested past the depth limit, which goes to the deepest kept one', () => {
    const html = `${'<div>'.repeat(300)}深处&amp;文字${'</div>'.repeat(300)}<p>尾</p>`;
    const page = parseHtmlPage(html);
    expect(page.textLength).toBe(textLength(page.root));
    expect(page.textLength).toBe('深处&文字尾'.length);
  });
});
