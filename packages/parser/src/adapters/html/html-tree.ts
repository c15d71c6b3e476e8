import { Parser } from 'htmlparser2';

/** An element of the parsed page: lower-case tag, attributes, children in order. */
export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

/** A child node: an element or a run of text (entities decoded, `&nbsp;` as U+00A0). */
export type HtmlNode = HtmlElement | string;

// Real pages nest a few dozen levels; hostile ones nest thousands.
const MAX_DEPTH = 256;

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
 * styles, the head, form controls) and comments. htmlparser2 closes implied tags (`<p>`, `<td>`,
 * `<tr>`) the way browsers do and never throws on malformed markup.
 */
export function parseHtmlTree(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  // Depth inside a skipped element; its whole subtree is discarded.
  let skipping = 0;
  // Elements opened beyond MAX_DEPTH: not kept (their text goes to the deepest kept element), so
  // the recursive walks over the tree stay within the stack.
  let flattened = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (skipping > 0 || SKIPPED.has(name)) {
          skipping++;
          return;
        }
        if (stack.length >= MAX_DEPTH) {
          flattened++;
          return;
        }
        const element: HtmlElement = { tag: name, attrs, children: [] };
        stack[stack.length - 1]?.children.push(element);
        stack.push(element);
      },
      onclosetag() {
        if (skipping > 0) {
          skipping--;
          return;
        }
        if (flattened > 0) {
          flattened--;
          return;
        }
        if (stack.length > 1) stack.pop();
      },
      ontext(text) {
        if (skipping > 0) return;
        const parent = stack[stack.length - 1];
        if (parent === undefined) return;
        const last = parent.children[parent.children.length - 1];
        // Entities arrive as separate text events; keep one string per run.
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
