import { HTML_INTEGRATION_ELEMENTS, OPEN_IMPLIES_CLOSE, VOID_ELEMENTS } from './closing-rules.ts';
import { lowerCaseName, packedName } from './lower-case-name.ts';

/** The namespace an element switches its content to, if any. */
export const NO_CONTEXT = -1;
export const HTML = 0;
export const SVG = 1;
export const MATH = 2;

/**
 * What the closing rules say about one tag name, found with one look-up per tag instead of one per
 * rule: the builder consults several rules for every tag of a page.
 */
export interface TagRule {
  readonly name: string;
  readonly isVoid: boolean;
  /** The open elements this tag closes while they are the innermost one. */
  readonly impliesClose: ReadonlySet<string> | undefined;
  /** The namespace its content is parsed in (`svg`, `math`, an HTML integration point), else NO_CONTEXT. */
  readonly context: number;
}

// One rule per distinct name; hostile pages may invent any number of names, so the memo is bounded.
const rules = new Map<string, TagRule>();
const MAX_RULES = 4096;

/** The rule for a lower-case (or SVG-cased) tag name. */
export function tagRule(name: string): TagRule {
  let rule = rules.get(name);
  if (rule === undefined) {
    rule = {
      name,
      isVoid: VOID_ELEMENTS.has(name),
      impliesClose: OPEN_IMPLIES_CLOSE.get(name),
      context: contextOf(name),
    };
    if (rules.size < MAX_RULES) rules.set(name, rule);
  }
  return rule;
}

function contextOf(name: string): number {
  if (name === 'svg') return SVG;
  if (name === 'math') return MATH;
  return HTML_INTEGRATION_ELEMENTS.has(name) ? HTML : NO_CONTEXT;
}

// The rule of each short name as the tokenizer reports it, by lowerCaseName's packed key.
const byPackedName = new Map<number, TagRule>();

/** `tagRule(html.slice(start, end).toLowerCase())`, without slicing for the common short names. */
export function tagRuleAt(html: string, start: number, end: number): TagRule {
  const key = packedName(html, start, end);
  if (key === -1) return tagRule(lowerCaseName(html, start, end));
  let rule = byPackedName.get(key);
  if (rule === undefined) {
    rule = tagRule(lowerCaseName(html, start, end));
    if (byPackedName.size < MAX_RULES) byPackedName.set(key, rule);
  }
  return rule;
}
