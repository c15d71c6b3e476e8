import type { Block, ReportDocument } from '../document.ts';
import { blankPinyin, hasPinyin } from './pinyin.ts';
import { isTraditional, toSimplified } from './traditional.ts';

/**
 * The document as the recogniser matches it: traditional characters in simplified form (OpenCC's
 * character table) and inline pinyin blanked out. Every string keeps its length, so offsets found
 * in the matching copy point into the original text, which is what users are shown. Returns the
 * document itself when there is nothing to fold.
 */
export function matchingDocument(document: ReportDocument): ReportDocument {
  const traditional = isTraditional(document.text);
  const pinyin = hasPinyin(document.text);
  if (!traditional && !pinyin) return document;
  const fold = (s: string) => {
    const simplified = traditional ? toSimplified(s) : s;
    return pinyin ? blankPinyin(simplified) : simplified;
  };
  const blocks: Block[] = document.blocks.map((b) =>
    b.kind === 'paragraph'
      ? { ...b, text: fold(b.text) }
      : {
          ...b,
          rows: b.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, text: fold(c.text) })) })),
        },
  );
  return { text: fold(document.text), blocks };
}
