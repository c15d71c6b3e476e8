import { HtmlTreeBuilder } from './html-tree-builder.ts';

/** An element of the parsed page: lower-case tag, attributes, children in order. */
export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

/** A child node: an element or a run of text (entities decoded, `&nbsp;` as U+00A0). */
export type HtmlNode = HtmlElement | string;

// Elements whose content is never report text.
const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'select',
  'option',
  'textarea',
  'button',
]);

/**
 * Parses a page into a light element tree, dropping what never carries report text (scripts,
 * styles, the head, form controls) and comments. Implied tags (`<p>`, `<td>`, `<tr>`) close the way
 * htmlparser2's Parser closes them, and malformed markup never throws.
 */
export function parseHtmlTree(html: string): HtmlElement {
  return parseHtmlPage(html).root;
}

/** `parseHtmlTree`, with the length of all text in the tree (`textLength(root)`) counted while building. */
export function parseHtmlPage(html: string): { root: HtmlElement; textLength: number } {
  const builder = new HtmlTreeBuilder(html, SKIPPED);
  return { root: builder.build(), textLength: builder.textLength };
}
