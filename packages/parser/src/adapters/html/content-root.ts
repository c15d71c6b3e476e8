import type { HtmlElement } from './html-tree.ts';
import { contentWeight, nodeText } from './node-text.ts';
import { isDataTable } from './table-grid.ts';

// Share of its parent's text a child must hold for the report to be taken as living inside it.
const DOMINANT = 0.8;
// Traditional-character pages print 報告/年報: the title must not be left outside for want of a
// simplified character.
const TITLE_TEXT = /[报報]告|年[报報]/;
const TITLE_CLASS = /(?:^|[^a-z])(?:title|bt|biaoti|tit)(?:[^a-z]|$)/i;

/**
 * The element that holds the report: starting at the page root, step into the child holding at
 * least 80% of the (non-link) text, until no child dominates. Furniture left after `stripChrome`
 * (copyright lines, unlabelled menus) is thereby cut off. The step is not taken when the report's
 * title (a heading or title-classed element mentioning 报告) would be left outside, as on pages that
 * print the title above the article container.
 */
export function contentRoot(root: HtmlElement): HtmlElement {
  const weights = new Map<HtmlElement, number>();
  let current = root;
  for (;;) {
    const total = contentWeight(current, weights);
    if (total === 0) return current;
    let next: HtmlElement | undefined;
    for (const child of current.children) {
      if (typeof child !== 'string' && contentWeight(child, weights) >= DOMINANT * total) next = child;
    }
    // A data table is read whole; layout tables are stepped through like any wrapper.
    if (next === undefined || (next.tag === 'table' && isDataTable(next))) return current;
    const chosen = next;
    if (current.children.some((c) => c !== chosen && typeof c !== 'string' && holdsTitle(c))) return current;
    current = chosen;
  }
}

function holdsTitle(element: HtmlElement): boolean {
  const isTitle =
    /^h[1-3]$/.test(element.tag) ||
    TITLE_CLASS.test(`${element.attrs.class ?? ''} ${element.attrs.id ?? ''}`);
  if (isTitle) {
    const text = nodeText(element);
    if (text.length < 200 && TITLE_TEXT.test(text)) return true;
  }
  return element.children.some((c) => typeof c !== 'string' && holdsTitle(c));
}
