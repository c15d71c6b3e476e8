import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { SVG_TAG_NAMES } from './closing-rules.ts';
import type { HtmlElement } from './html-tree.ts';
import { lowerCaseName } from './lower-case-name.ts';
import { HTML, NO_CONTEXT, SVG, type TagRule, tagRule, tagRuleAt } from './tag-rules.ts';

const { fromCodePoint } = String;

// The tag being opened when it is ignored (a nested <form>), and an <img> written as <image>.
const IGNORED = tagRule('');
const IMG = tagRule('img');
/**
 * The attributes of every element built without any: one frozen object shared instead of one
 * allocated per tag (most tags carry none), which also lets readers skip attribute tests at once.
 */
export const NO_ATTRIBUTES: Record<string, string> = Object.freeze({});

// Real pages nest a few dozen levels; hostile ones nest thousands.
const MAX_DEPTH = 256;

/**
 * Builds our element tree from htmlparser2's Tokenizer events, applying the closing rules of its
 * Parser (implied end tags, void elements, `</p>` and `</br>`, a second `<form>`, SVG/MathML
 * content) itself: the Parser's own layer cost more than the tree building, mostly in shifting its
 * front-first stack and in events we do not use. Elements named in `skipped` are kept out of the
 * tree with everything inside them; elements nested beyond MAX_DEPTH are not kept (their text goes
 * to the deepest kept element), so the recursive walks over the tree stay within the stack.
 */
export class HtmlTreeBuilder implements TokenizerCallbacks {
  readonly root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  private readonly html: string;
  private readonly skipped: ReadonlySet<string>;
  // The Parser's open tags (their rules) and namespaces, innermost last.
  private readonly tags: TagRule[] = [];
  private readonly contexts: number[] = [HTML];
  // The tag being opened (IGNORED for a nested <form>) and its attributes so far.
  private tagname: TagRule = IGNORED;
  private attrs: Record<string, string> | null = null;
  private attribname = '';
  private attribvalue = '';
  // The kept elements, innermost last; the depth inside a skipped element; elements not kept.
  private readonly stack: HtmlElement[] = [this.root];
  private skipping = 0;
  private flattened = 0;
  /** Characters of text in the tree so far (`textLength(root)`, counted as it is built). */
  textLength = 0;

  constructor(html: string, skipped: ReadonlySet<string>) {
    this.html = html;
    this.skipped = skipped;
  }

  /** Tokenizes the whole page; the tree is then in `root`. */
  build(): HtmlElement {
    const tokenizer = new Tokenizer(
      { xmlMode: false, decodeEntities: true, recognizeSelfClosing: true },
      this,
    );
    tokenizer.write(this.html);
    tokenizer.end();
    return this.root;
  }

  isInForeignContext(): boolean {
    return this.contexts[this.contexts.length - 1] !== HTML;
  }

  ontext(start: number, endIndex: number): void {
    if (this.skipping === 0) this.text(this.html.slice(start, endIndex));
  }

  ontextentity(codepoint: number): void {
    if (this.skipping === 0) this.text(fromCodePoint(codepoint));
  }

  onopentagname(start: number, endIndex: number): void {
    this.emitOpenTag(this.readTag(start, endIndex));
  }

  onopentagend(): void {
    this.endOpenTag();
  }

  onclosetag(start: number, endIndex: number): void {
    const tag = this.readClosingTag(start, endIndex);
    const { name } = tag;
    if (!tag.isVoid) {
      const pos = this.lastOpen(name);
      if (pos !== -1) {
        while (this.tags.length > pos) this.popElement();
      } else if (name === 'p') {
        // `</p>` without an open p is an empty paragraph.
        this.emitOpenTag(tag);
        this.closeCurrentTag();
      }
    } else if (name === 'br') {
      // `</br>` is a line break.
      this.open('br', NO_ATTRIBUTES);
      this.close();
    }
  }

  onselfclosingtag(): void {
    this.closeCurrentTag();
  }

  onattribname(start: number, endIndex: number): void {
    this.attribname = lowerCaseName(this.html, start, endIndex);
  }

  onattribdata(start: number, endIndex: number): void {
    this.attribvalue += this.html.slice(start, endIndex);
  }

  onattribentity(codepoint: number): void {
    this.attribvalue += fromCodePoint(codepoint);
  }

  onattribend(): void {
    if (this.attrs !== null && !Object.hasOwn(this.attrs, this.attribname)) {
      if (this.attrs === NO_ATTRIBUTES) this.attrs = {};
      this.attrs[this.attribname] = this.attribvalue;
    }
    this.attribvalue = '';
  }

  oncdata(start: number, endIndex: number, endOffset: number): void {
    // In HTML CDATA is a comment; inside SVG or MathML it is text.
    if (this.isInForeignContext() && this.skipping === 0)
      this.text(this.html.slice(start, endIndex - endOffset));
  }

  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  // The elements still open at the end close without changing the tree.
  onend(): void {}

  /** The rule of the tag name at start..endIndex, its name lower-cased and adjusted as the Parser does. */
  private readTag(start: number, endIndex: number): TagRule {
    // Plain HTML content, the common case: only <image> is renamed.
    if (this.contexts.length === 1) {
      const tag = tagRuleAt(this.html, start, endIndex);
      return tag.name === 'image' ? IMG : tag;
    }
    const name = lowerCaseName(this.html, start, endIndex);
    const context = this.contexts[this.contexts.length - 1];
    if (context === SVG) return tagRule(SVG_TAG_NAMES.get(name) ?? name);
    // The end tag of an SVG element inside an integration point (</foreignObject> from its content).
    const adjusted = SVG_TAG_NAMES.get(name);
    if (adjusted !== undefined && this.lastOpen(adjusted) !== -1) return tagRule(adjusted);
    if (context === HTML) return name === 'image' ? IMG : tagRule(name);
    return tagRule(name);
  }

  /**
   * `readTag` for an end tag. In HTML content one usually closes the innermost open element, whose
   * name is then compared in place (ASCII case-insensitively) instead of being looked up.
   */
  private readClosingTag(start: number, endIndex: number): TagRule {
    const top = this.tags[this.tags.length - 1];
    if (top !== undefined && this.contexts.length === 1 && isNameAt(this.html, start, endIndex, top.name)) {
      return top;
    }
    return this.readTag(start, endIndex);
  }

  /** The position of the innermost open element named `name`, or -1. */
  private lastOpen(name: string): number {
    const { tags } = this;
    for (let i = tags.length - 1; i >= 0; i--) if ((tags[i] as TagRule).name === name) return i;
    return -1;
  }

  private emitOpenTag(tag: TagRule): void {
    this.tagname = tag;
    // A second <form> while one is open is ignored, attributes and all.
    if (tag.name === 'form' && this.lastOpen('form') !== -1) {
      this.tagname = IGNORED;
      return;
    }
    const { impliesClose } = tag;
    if (impliesClose !== undefined) {
      while (this.tags.length > 0 && impliesClose.has((this.tags[this.tags.length - 1] as TagRule).name)) {
        this.popElement();
      }
    }
    if (!tag.isVoid) {
      this.tags.push(tag);
      if (tag.context !== NO_CONTEXT) this.contexts.push(tag.context);
    }
    this.attrs = NO_ATTRIBUTES;
  }

  private endOpenTag(): void {
    if (this.attrs !== null) {
      this.open(this.tagname.name, this.attrs);
      this.attrs = null;
    }
    if (this.tagname.isVoid) this.close();
    this.tagname = IGNORED;
  }

  private closeCurrentTag(): void {
    const name = this.tagname.name;
    this.endOpenTag();
    if (this.tags[this.tags.length - 1]?.name === name) this.popElement();
  }

  private popElement(): void {
    const tag = this.tags.pop();
    if (tag !== undefined && tag.context !== NO_CONTEXT) this.contexts.pop();
    this.close();
  }

  private open(tag: string, attrs: Record<string, string>): void {
    if (this.skipping > 0 || this.skipped.has(tag)) {
      this.skipping++;
      return;
    }
    if (this.stack.length >= MAX_DEPTH) {
      this.flattened++;
      return;
    }
    const element: HtmlElement = { tag, attrs, children: [] };
    this.stack[this.stack.length - 1]?.children.push(element);
    this.stack.push(element);
  }

  private close(): void {
    if (this.skipping > 0) this.skipping--;
    else if (this.flattened > 0) this.flattened--;
    else if (this.stack.length > 1) this.stack.pop();
  }

  private text(text: string): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) return;
    this.textLength += text.length;
    const { children } = parent;
    const last = children[children.length - 1];
    // Entities arrive as separate text events; keep one string per run.
    if (typeof last === 'string') children[children.length - 1] = last + text;
    else children.push(text);
  }
}

/** Whether `html.slice(start, end)` is `name` (lower-case) with any ASCII letters in either case. */
function isNameAt(html: string, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) {
    const c = html.charCodeAt(start + i);
    const n = name.charCodeAt(i);
    if (c !== n && !(c >= 0x41 && c <= 0x5a && c + 0x20 === n)) return false;
  }
  return true;
}
