import { isRegexSpace } from '../rendering/join-text.ts';
import type { HtmlElement, HtmlNode } from './html-tree.ts';
import { NO_ATTRIBUTES } from './html-tree-builder.ts';
import { leadingText, textLength } from './node-text.ts';

// Semantic chrome: always site furniture, except a header/footer inside the article itself.
const CHROME_TAGS = new Set(['nav', 'aside', 'menu']);
const SECTION_CHROME_TAGS = new Set(['header', 'footer']);

// class/id words of navigation, breadcrumbs and page furniture on government sites (the pinyin
// ones are common there: dqwz 当前位置, xgwz/xglj 相关文章/链接, fxdy 分享打印).
const ALWAYS_TOKENS = new Set([
  'nav',
  'navbar',
  'navigation',
  'menu',
  'menus',
  'breadcrumb',
  'breadcrumbs',
  'crumb',
  'crumbs',
  'position',
  'location',
  'weizhi',
  'dqwz',
  'sidebar',
  'share',
  'copyright',
  'friendlink',
  'links',
  'related',
  'xgwz',
  'xglj',
  'fxdy',
  'toolbar',
  'search',
  'login',
]);
// Words that also name parts of an article (a "content-head" holding the title): chrome only
// when the element holds no heading and no table.
const WEAK_TOKENS = new Set([
  'header',
  'head',
  'top',
  'topbar',
  'banner',
  'footer',
  'foot',
  'bottom',
  'side',
]);

const LOCATION_TEXT = /^\s*(当前位置|您现在的位置|您的位置|你的位置|当前的位置)/;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * Removes site chrome in place: nav/aside/menu, header/footer outside an article, elements whose
 * class or id names navigation or furniture, hidden elements and "当前位置" breadcrumbs. An element
 * holding at least half of the page's text (`total`, as counted while parsing or else here) is never
 * removed, whatever its class says.
 */
export function stripChrome(root: HtmlElement, total = textLength(root)): void {
  strip(root, false, total);
}

function strip(element: HtmlElement, inArticle: boolean, total: number): void {
  const inside = inArticle || element.tag === 'article' || element.tag === 'main';
  const { children } = element;
  // A new array only once a child goes: most elements keep all of theirs.
  let kept: HtmlNode[] | undefined;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as HtmlNode;
    if (typeof child !== 'string') {
      if (isChrome(child, inside) && textLength(child) * 2 < total) {
        kept ??= children.slice(0, i);
        continue;
      }
      strip(child, inside, total);
    }
    kept?.push(child);
  }
  if (kept !== undefined) element.children = kept;
}

const BLOCKISH = new Set(['div', 'p', 'span', 'td', 'li', 'ul', 'dl', 'section']);

// What the tag alone says, found with one look-up per element.
const CHROME_TAG = 1;
const SECTION_TAG = 2;
const BLOCKISH_TAG = 4;
const TAG_KINDS = new Map<string, number>([
  ...[...CHROME_TAGS].map((t): [string, number] => [t, CHROME_TAG]),
  ...[...SECTION_CHROME_TAGS].map((t): [string, number] => [t, SECTION_TAG]),
  ...[...BLOCKISH].map((t): [string, number] => [t, BLOCKISH_TAG]),
]);

function isChrome(element: HtmlElement, inArticle: boolean): boolean {
  const kind = TAG_KINDS.get(element.tag) ?? 0;
  if (kind === CHROME_TAG) return true;
  if (kind === SECTION_TAG && !inArticle) return true;
  const { attrs } = element;
  if (attrs !== NO_ATTRIBUTES) {
    if ((attrs.style !== undefined && HIDDEN_STYLE.test(attrs.style)) || 'hidden' in attrs) return true;
    if (attrs.class !== undefined || attrs.id !== undefined) {
      const tokens = classTokens(element);
      if (tokens.some((t) => ALWAYS_TOKENS.has(t))) return true;
      if (tokens.some((t) => WEAK_TOKENS.has(t)) && !holdsContent(element)) return true;
    }
  }
  return kind === BLOCKISH_TAG && isLocationLine(element);
}

/** The words of an element's class and id: `mainNav`, `nav-bar`, `top_menu` → nav, bar, … */
function classTokens(element: HtmlElement): string[] {
  const raw = `${element.attrs.class ?? ''} ${element.attrs.id ?? ''}`;
  if (raw.trim() === '') return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
}

function holdsContent(element: HtmlElement): boolean {
  return element.children.some(
    (c: HtmlNode) => typeof c !== 'string' && (/^(h[1-3]|table)$/.test(c.tag) || holdsContent(c)),
  );
}

// The characters a location label opens with, and how much of an element's text is read for it.
const LOCATION_OPENERS = new Set([...'当您你'].map((c) => c.charCodeAt(0)));
const LOCATION_HEAD = 12;

function isLocationLine(element: HtmlElement): boolean {
  // Cheap test first: most blocks do not open with a location label's first character.
  const opening = openingCode(element);
  if (opening !== UNSURE && !LOCATION_OPENERS.has(opening)) return false;
  return LOCATION_TEXT.test(leadingText(element, LOCATION_HEAD)) && textLength(element) < 300;
}

const UNSURE = -2;

/**
 * The first non-blank (`\s`) character of an element's text, -1 when it has none, or UNSURE when
 * LOCATION_HEAD or more blank characters come first. Up to there `leadingText(element,
 * LOCATION_HEAD)` holds the text unabridged (it only cuts once that many characters are in), so
 * LOCATION_TEXT can match it only when this character opens a location label.
 */
function openingCode(element: HtmlElement): number {
  const seen = { blanks: 0 };
  const found = firstVisible(element, seen);
  return found === -1 && seen.blanks >= LOCATION_HEAD ? UNSURE : found;
}

function firstVisible(element: HtmlElement, seen: { blanks: number }): number {
  for (const child of element.children) {
    if (typeof child !== 'string') {
      const found = firstVisible(child, seen);
      if (found !== -1) return found;
      if (seen.blanks >= LOCATION_HEAD) return -1;
      continue;
    }
    if (seen.blanks >= LOCATION_HEAD) return -1;
    for (let i = 0; i < child.length; i++) {
      const c = child.charCodeAt(i);
      if (!isRegexSpace(c)) return c;
    }
    seen.blanks += child.length;
  }
  return -1;
}
