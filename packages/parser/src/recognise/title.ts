import type { Block, ParagraphBlock } from '../document.ts';

/** What the title (and, failing it, the statistics-period sentence) says about the report. */
export interface TitleInfo {
  agency: string | null;
  year: number | null;
  /** The paragraph recognised as the title, if any; it carries no narrative facts. */
  title: ParagraphBlock | null;
}

// Titles sit at the top; look no further than this many paragraphs for one.
const TITLE_WINDOW = 12;
const TITLE_MAX_LENGTH = 80;
const YEAR = /((?:19|20)\d{2})年/u;
// Digit value = index; 〇, 零 and the letter O all write zero in years (二〇二〇年).
const CN_DIGITS = '〇一二三四五六七八九';
const cnDigit = (c: string) => (c === '零' || c === 'O' ? '0' : String(CN_DIGITS.indexOf(c)));

/** NFKC without whitespace, years in Chinese numerals (二〇二〇年) as digits. */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[〇零O一二三四五六七八九]{4}(?=年)/gu, (y) => [...y].map(cnDigit).join(''));
}

// 政府信息公开工作年度报告 and its loose variants (政府信息公开年度报告, 政务公开…年报); a title is
// one line without sentence punctuation, so prose that mentions the report does not qualify.
const TITLE = /政[府务]信息公开.{0,6}(?:年度报告|年报)|政务公开.{0,6}年度报告/u;
const isTitle = (text: string) =>
  text.length <= TITLE_MAX_LENGTH && !/[。；;!！?？]/u.test(text) && TITLE.test(text);

/**
 * Finds the title (…2020年政府信息公开工作年度报告) and reads the agency and statistics year from
 * it. A title split over two lines takes the agency from the line above.
 */
export function readTitle(blocks: readonly Block[]): TitleInfo {
  const paragraphs = blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph').slice(0, TITLE_WINDOW);
  const at = paragraphs.findIndex((p) => isTitle(fold(p.text)));
  const title = paragraphs[at];
  if (title === undefined) return { agency: null, year: null, title: null };
  const text = fold(title.text);
  const yearMatch = YEAR.exec(text);
  const year = yearMatch ? Number(yearMatch[1]) : null;

  const subject = text.search(/政[府务](?:信息)?公开/u);
  let agency = text.slice(0, subject);
  if (yearMatch && yearMatch.index > 0 && yearMatch.index < subject) {
    agency = text.slice(0, yearMatch.index);
  } else if (yearMatch && yearMatch.index === 0) {
    // 2020年度嵩县人民政府办公室政府信息公开工作年度报告
    agency = text.slice(yearMatch[0].length, subject).replace(/^度/u, '');
  }
  agency = cleanAgency(agency);
  const above = paragraphs[at - 1];
  if (agency === '' && above !== undefined) {
    const candidate = cleanAgency(fold(above.text));
    if (candidate.length <= 30 && !/[,，。;；:：]/u.test(candidate)) agency = candidate;
  }
  return { agency: agency === '' ? null : agency, year, title };
}

function cleanAgency(text: string): string {
  return text
    .replace(/^[《"“'‘「]+|[》"”'’」]+$/gu, '')
    .replace(/^关于/u, '')
    .replace(/(关于|的)$/u, '')
    .trim();
}

/** The statistics year from "统计期限自2020年1月1日起至2020年12月31日止" and similar wording. */
export function yearFromPeriod(blocks: readonly Block[]): number | null {
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    const text = fold(block.text);
    const m =
      /((?:19|20)\d{2})年1月1日(?:起)?(?:至|到|-|—)\1年12月31日/u.exec(text) ??
      /统计(?:期限|时限|时间|期间)[^。]{0,8}?((?:19|20)\d{2})年/u.exec(text);
    if (m) return Number(m[1]);
  }
  return null;
}

/** A four-digit year in the file name (嵩县2020年报.txt), or null. */
export function yearFromFileName(fileName: string): number | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const m = /(?<!\d)((?:19|20)\d{2})(?!\d)/u.exec(base);
  return m ? Number(m[1]) : null;
}
