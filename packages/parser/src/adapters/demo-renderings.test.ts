import { demoCorpus, renderDocx, renderHtml, renderPdf, type SyntheticReport } from '@nianbao/demo';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../parse-report.ts';

// An independent writer: the demo package's html, docx and pdf renderings of synthetic reports
// (its own table layouts, merges, fonts and page breaks). Reports with deliberate flaws print
// something other than their values and are left out.
const REPORTS = demoCorpus()
  .map((e) => e.report)
  .filter((r) => r.flaws.length === 0)
  .filter((_, i) => i % 37 === 0)
  .slice(0, 6);

const WRITERS: [string, (r: SyntheticReport, i: number) => Promise<Uint8Array> | Uint8Array][] = [
  ['html', (r, i) => renderHtml(r, { encoding: i % 2 === 0 ? 'utf8' : 'gb18030' })],
  ['docx', (r) => renderDocx(r)],
  ['pdf', (r) => renderPdf(r)],
];

/** The table values a report prints (narrative figures are read elsewhere). */
const tableValues = (values: Record<string, number | null>) =>
  Object.fromEntries(Object.entries(values).filter(([code]) => /^t[234]\./.test(code)));

describe.each(WRITERS)('demo %s renderings', (format, write) => {
  it(`read as the values they print, cell by cell (${REPORTS.length} reports of both editions)`, async () => {
    expect(new Set(REPORTS.map((r) => r.edition)).size).toBe(2);
    for (const [i, report] of REPORTS.entries()) {
      const parsed = await parseReport(await write(report, i), `${report.id}.${format}`);
      expect(parsed.format).toBe(format);
      expect(parsed.agency, report.id).toBe(report.agency);
      expect(parsed.template, report.id).toBe(report.edition);
      expect(tableValues(parsed.values), report.id).toEqual(tableValues(report.values));
    }
  }, 120_000);
});
