import type { Block, ParagraphBlock } from '../document.ts';

// How far from the end a signature may sit (appendices and contact lines can follow it).
const SIGNATURE_WINDOW = 10;
const MAX_AGENCY = 30;
// A signing date: 2021年1月20日, 二〇二一年一月二十日.
const DATE =
  /^(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/u;
// What an issuing body's name ends with.
const AGENCY_END =
  /(?:人民政府|政府|办公室|办公厅|局|委员会|委|办|厅|中心|管委会|管理委员会|街道办事处|院|署)$/u;

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');

/**
 * The agency a report is signed by: a short line naming a body, directly above the signing date
 * near the end. Used when the title does not name the agency (2020年政府信息公开工作年度报告).
 */
export function agencyFromSignature(blocks: readonly Block[]): string | null {
  const paragraphs = blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');
  const tail = paragraphs.slice(-SIGNATURE_WINDOW);
  for (let i = tail.length - 1; i > 0; i--) {
    if (!DATE.test(squash(tail[i]?.text ?? ''))) continue;
    const name = squash(tail[i - 1]?.text ?? '');
    if (name.length <= MAX_AGENCY && AGENCY_END.test(name) && !/[，,。；;：:、]/u.test(name)) return name;
  }
  return null;
}
