import type { HtmlElement, HtmlNode } from './html-tree.ts';

/** All text under a node, concatenated without separators (for measuring, not for output). */
export function nodeText(node: HtmlNode): string {
  if (typeof node === 'string') return node;
  let out = '';
  for (const child of node.children) out += nodeText(child);
  return out;
}

/** The length of `nodeText(node)`, without building the string. */
export function textLength(node: HtmlNode): number {
  if (typeof node === 'string') return node.length;
  let n = 0;
  for (const child of node.children) n += textLength(child);
  return n;
}

/** The first `max` or more characters of text under a node, stopping early. */
export function leadingText(node: HtmlNode, max: number): string {
  if (typeof node === 'string') return node;
  let out = '';
  for (const child of node.children) {
    out += leadingText(child, max - out.length);
    if (out.trim().length >= max) break;
  }
  return out;
}

/**
 * Characters of text under a node that are not blanks and not inside a link. Elements with two or
 * more children have their weight kept in `weights`; the others (spans, paragraphs and cells
 * around one text, most elements of a page) are cheaper to add up again than to remember.
 */
export function contentWeight(node: HtmlNode, weights: Map<HtmlElement, number>): number {
  if (typeof node === 'string') return countVisible(node);
  const { children } = node;
  if (children.length < 2) {
    const only = children[0];
    return node.tag === 'a' || only === undefined ? 0 : contentWeight(only, weights);
  }
  const cached = weights.get(node);
  if (cached !== undefined) return cached;
  let weight = 0;
  if (node.tag !== 'a') for (const child of children) weight += contentWeight(child, weights);
  weights.set(node, weight);
  return weight;
}

function countVisible(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x3000) n++;
  }
  return n;
}

/** Characters of text under a node that are not blanks (links included). */
export function countVisibleChars(node: HtmlNode): number {
  if (typeof node === 'string') return countVisible(node);
  let n = 0;
  for (const child of node.children) n += countVisibleChars(child);
  return n;
}
