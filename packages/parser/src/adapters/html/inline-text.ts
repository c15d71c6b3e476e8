import { isCjkCode, isRegexSpace, joinPieces } from '../rendering/join-text.ts';
import type { HtmlElement, HtmlNode } from './html-tree.ts';

// Elements that end a line of text: block containers and table parts.
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'caption',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/**
 * Collapses HTML whitespace the way a reader sees it: runs of blanks (NBSP included) become one
 * space, except that a source line break between two CJK characters disappears (editors wrap
 * long Chinese lines in the markup; a browser's space there would split `采用率 43%`).
 */
export function collapseInline(raw: string): string {
  // A loop rather than a replace callback: this runs on every text run and table cell of a page.
  let out = '';
  let copied = 0;
  for (let i = 0; i < raw.length; i++) {
    if (!isRegexSpace(raw.charCodeAt(i))) continue;
    let end = i;
    let broken = false;
    for (; end < raw.length; end++) {
      const c = raw.charCodeAt(end);
      if (!isRegexSpace(c)) break;
      if (c === 0x0a || c === 0x0d) broken = true;
    }
    const joined = broken && isCjkCode(raw.charCodeAt(i - 1)) && isCjkCode(raw.charCodeAt(end));
    out += raw.slice(copied, i) + (joined ? '' : ' ');
    copied = end;
    i = end - 1;
  }
  return copied === 0 ? raw : out + raw.slice(copied);
}

/**
 * The text of a table cell: its lines (paragraphs, `<br>`-separated parts, block children) joined
 * without a separator between CJK text, so `<p>商业</p><p>企业</p>` reads 商业企业.
 */
export function cellText(cell: HtmlElement): string {
  // Most cells hold one run of text, whatever wraps it (`<td><p><span>12</span></p></td>`): its
  // lines are that run and empty ones, which joining skips.
  const sole = soleText(cell, NO_TEXT);
  if (sole === NO_TEXT) return '';
  if (sole !== SEVERAL_TEXTS) return collapseInline(sole).trim();
  const lines: string[] = [''];
  for (const child of cell.children) collectLines(child, lines);
  return joinPieces(lines.map(collapseInline));
}

// Module-level rather than a closure per cell: tsx (esbuild keepNames) wraps each closure it creates.
function collectLines(node: HtmlNode, lines: string[]): void {
  if (typeof node === 'string') {
    lines[lines.length - 1] += node;
    return;
  }
  const breaks = node.tag === 'br' || BLOCK_TAGS.has(node.tag);
  if (breaks) lines.push('');
  for (const child of node.children) collectLines(child, lines);
  if (breaks) lines.push('');
}

const NO_TEXT = Symbol('no text');
const SEVERAL_TEXTS = Symbol('several texts');

/** The one text run under a node; NO_TEXT when there is none, SEVERAL_TEXTS past the first. */
function soleText(
  node: HtmlElement,
  found: string | typeof NO_TEXT,
): string | typeof NO_TEXT | typeof SEVERAL_TEXTS {
  let sole: string | typeof NO_TEXT | typeof SEVERAL_TEXTS = found;
  for (const child of node.children) {
    if (typeof child === 'string') {
      if (sole !== NO_TEXT) return SEVERAL_TEXTS;
      sole = child;
    } else {
      sole = soleText(child, sole);
      if (sole === SEVERAL_TEXTS) return sole;
    }
  }
  return sole;
}
