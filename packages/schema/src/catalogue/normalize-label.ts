// Leading ordinals as printed: 一、 (三) 1. 2、 ① — possibly stacked, e.g. "三、(一)".
const ORDINAL_PREFIX = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[.、)]|[①-⑳])+/u;
// Annotations in brackets: "规章(县级无此项)", "采购总金额(单位:万元,保留4位小数)".
const BRACKETED = /\([^()]*\)|【[^【】]*】|\[[^[\]]*\]/gu;
const UNCLOSED = /(?<=.)\([^()]*$/u;
// Quotes of every style and light separators that real reports add or drop at will.
const NOISE = /[\s"'“”‘’「」『』《》、,，;；:：]/gu;

/**
 * Normalises a printed label for matching against catalogue `labels`: NFKC (full-width brackets
 * and digits become ASCII), no whitespace, no ordinal prefix, no bracketed annotation, no quotes or
 * light separators. Traditional characters are not converted.
 */
export function normalizeLabel(text: string): string {
  let s = text.normalize('NFKC').replace(/\s+/gu, '');
  s = s.replace(ORDINAL_PREFIX, '');
  // Twice, so that one level of nesting ("(单位:万元(含税))") is removed too.
  s = s.replace(BRACKETED, '').replace(BRACKETED, '');
  // An annotation whose closing bracket was lost (a cell cut short, `规章(县级无此项`).
  s = s.replace(UNCLOSED, '');
  return s.replace(NOISE, '');
}

/** True when the printed text, normalised, equals one of the normalised label variants. */
export function matchesLabel(text: string, labels: readonly string[]): boolean {
  const n = normalizeLabel(text);
  return n !== '' && labels.some((l) => normalizeLabel(l) === n);
}
