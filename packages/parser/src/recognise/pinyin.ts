// Pinyin printed in brackets after a character (區(qū), 县（xiàn）): Latin letters, tone-marked
// vowels or tone digits, perhaps several syllables separated by spaces.
const SYLLABLE = '[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,6}[1-5]?';
const PINYIN = new RegExp(`(?<=\\p{Script=Han})[(（]${SYLLABLE}(?:[ '’]${SYLLABLE})*[)）]`, 'gu');

const OPENING = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/u;

/** True when the text carries inline pinyin annotations. */
export function hasPinyin(text: string): boolean {
  // Cheap test first: an opening bracket followed by a lower-case letter.
  if (!OPENING.test(text)) return false;
  PINYIN.lastIndex = 0;
  return PINYIN.test(text);
}

/**
 * The text with inline pinyin annotations replaced by spaces of the same length, so that labels
 * read as printed without them (`區(qū)` → `區    `) and every offset still points where it did.
 * Matching ignores whitespace.
 */
export function blankPinyin(text: string): string {
  return text.replace(PINYIN, (m) => ' '.repeat(m.length));
}
