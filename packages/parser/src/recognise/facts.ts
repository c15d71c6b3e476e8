import type { Block, ParagraphBlock } from '../document.ts';
import { type FoldedText, foldText } from '../fold-text.ts';

/** A "label + number + unit" figure found in the prose, before any code is assigned. */
export interface RawFact {
  label: string;
  value: number;
  unit: string;
  start: number;
  end: number;
  approximate: boolean;
  /**
   * The folded clause text before the number (nothing stripped), then the noun phrase after the
   * unit; codes are assigned by looking for catalogue wordings in it.
   */
  context: string;
}

// A figure: optional hedge, number, optional 余/多, unit. Units longest first (人次 before 次).
// A number in characters (近百人次, 三百余条) counts only when hedged: plain 一个/三次 are words.
const FIGURE =
  /(约|近|超过|逾|将近|上(?=[百千万]))?(\d+(?:,\d{3})*(?:\.\d+)?|[一二两三四五六七八九]?[十百千万][一二两三四五六七八九十百千万]*)(余|多)?(人次|万元|条|件|篇|次|期|个|%)/gu;
const DIGITS = /^\d/u;
// Digits, or the characters a hedged number in characters needs (近百, 上千).
const HAS_DIGIT = /[0-9０-９十百千万]/u;
// What ends a clause: a label never reaches past these. Kept by character code: the clause walks
// test every character they pass, and a one-character string plus a regex call per character cost
// more than the rest of the scan.
const CLAUSE_END = new Set([...',，。;；!！?？:：、()（）《》“”"'].map((c) => c.charCodeAt(0)));
// Units that measure a duration, not a count ("5个工作日", "6个月").
const DURATION_AFTER_GE = /^(月|工作日|小时|季度|星期|年度)/u;
// Leading words that carry no meaning for the label.
const LEADING_NOISE =
  /^(?:(?:19|20)\d{2}年(?:度)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:以来)?|全年|年内|今年|本年度?|(?:本|我)(?:机关|单位|部门|局|委|办|院|县|区|市|镇|乡|街道)|\p{Script=Han}{1,6}?[县区市镇乡](?=主动公开|共|全年|累计|收到|受理|发布|开展|组织)|全县|全市|全区|共计|累计|共|其中|同时|并且?|另外|此外|还|已|先后|确保|开展|更新|完成|组织|及时|向[^向]{1,6}?(?=上报|报送|提交|推送))+/u;
// Where a noun phrase after the figure ends: a verb or particle ("10个政务新媒体账号做好…").
const PHRASE_END = /(做好|进行|开展|实现|完成|发布|更新|均|全部|已|的|等|和|与|及|共|被)/u;

/**
 * Scans prose paragraphs for figures with a unit and keeps each with the label printed next to
 * it: the clause text before the number, or, when the number opens its clause (全县10个政务新媒体
 * 账号), the noun phrase after the unit. Ordinals (第3次) and durations (5个工作日) are skipped.
 */
export function scanFacts(blocks: readonly Block[], skip: ParagraphBlock | null): RawFact[] {
  const facts: RawFact[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || block === skip || !HAS_DIGIT.test(block.text)) continue;
    scanParagraph(block, facts);
  }
  return facts;
}

function scanParagraph(block: ParagraphBlock, facts: RawFact[]): void {
  const folded = foldText(block.text, 0, block.text.length);
  const text = folded.text;
  let clauseFrom = 0;
  for (const m of text.matchAll(FIGURE)) {
    const index = m.index;
    const unitEnd = index + m[0].length;
    const before = text[index - 1] ?? '';
    const unit = m[4] ?? '';
    const numeral = m[2] ?? '';
    const inDigits = DIGITS.test(numeral);
    if (!inDigits && m[1] === undefined && m[3] === undefined) continue;
    if (/[\d.第]/u.test(before) || (unit === '个' && DURATION_AFTER_GE.test(text.slice(unitEnd)))) continue;

    const preStart = Math.max(clauseFrom, lastClauseEnd(text, index) + 1);
    const rawPre = text.slice(preStart, index);
    const noise = LEADING_NOISE.exec(rawPre)?.[0].length ?? 0;
    const pre = rawPre.slice(noise);
    const postEnd = nextClauseEnd(text, unitEnd);
    const post = text.slice(unitEnd, postEnd);
    const phrase = post.slice(0, PHRASE_END.exec(post)?.index ?? post.length);
    // The label side: the clause before the number, else the noun phrase after the unit.
    const usePost = pre === '' || (unit === '个' && phrase.length >= 2 && !/\d/u.test(phrase));
    const label = usePost && phrase !== '' ? phrase : pre;
    if (label === '') continue;

    const start =
      usePost && phrase !== '' ? sourceAt(block, folded, index) : sourceAt(block, folded, preStart + noise);
    const endIndex = usePost && phrase !== '' ? unitEnd + phrase.length : unitEnd;
    facts.push({
      label,
      value: inDigits ? Number(numeral.replace(/,/g, '')) : chineseNumber(numeral),
      unit,
      start,
      end: sourceAt(block, folded, endIndex - 1) + 1,
      approximate: m[1] !== undefined || m[3] !== undefined,
      context: `${rawPre}${phrase}`,
    });
    clauseFrom = unitEnd;
  }
}

/** Where folded character `i` of a paragraph sits in the document. */
function sourceAt(block: ParagraphBlock, folded: FoldedText, i: number): number {
  return block.start + (folded.offsets[i] ?? block.text.length);
}

function lastClauseEnd(text: string, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (CLAUSE_END.has(text.charCodeAt(i))) return i;
  return -1;
}

function nextClauseEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (CLAUSE_END.has(c) || (c >= 0x30 && c <= 0x39)) return i;
  }
  return text.length;
}

const CN_DIGIT: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** A number written in characters: 百 → 100, 三百 → 300, 一百二十 → 120, 两千 → 2000. */
function chineseNumber(text: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of text) {
    const d = CN_DIGIT[c];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = CN_UNIT[c] ?? 1;
    if (unit === 10000) {
      total += (section + digit) * unit;
      section = 0;
    } else section += (digit === 0 ? 1 : digit) * unit;
    digit = 0;
  }
  return total + section + digit;
}
