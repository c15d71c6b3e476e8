import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { unifyIdeographs } from './lookalike-ideographs.ts';
import type { PageContent, TextRun } from './pdf-types.ts';
import { type RuleOps, readRules } from './rules.ts';

const CELL_LIKE = /^[\s\d.,，%％+\-—–/／０-９]*$/u;

/** Whether a page's runs look like a table might be among them: several numbers or short cells. */
function mayHoldTable(runs: readonly TextRun[]): boolean {
  let numbers = 0;
  let short = 0;
  for (const run of runs) {
    if (CELL_LIKE.test(run.str)) numbers++;
    else if (run.str.trim().length <= 12) short++;
    if (numbers >= 3 || short >= 10) return true;
  }
  return false;
}

/** Reads one page's text runs and ruling lines. */
export async function readPage(page: PDFPageProxy, index: number, ops: RuleOps): Promise<PageContent> {
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    if (a === undefined || b === undefined || c === undefined || d === undefined) continue;
    if (e === undefined || f === undefined) continue;
    // Rotated or vertical text is not part of a report's reading order.
    if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d) || a <= 0) continue;
    const size = Math.abs(d) || item.height;
    const str = unifyIdeographs(item.str);
    runs.push({ str, x0: e, x1: e + item.width, y: f, size });
  }
  const view = page.view;
  const box = [view[0] ?? 0, view[1] ?? 0, view[2] ?? 0, view[3] ?? 0] as const;
  // The operator list costs as much as the text; only pages that may hold a table need rules.
  if (!mayHoldTable(runs)) return { index, box, runs, hRules: [], vRules: [] };
  const list = await page.getOperatorList();
  const { h, v } = readRules(list.fnArray, list.argsArray, ops);
  return { index, box, runs, hRules: h, vRules: v };
}
