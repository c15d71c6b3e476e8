import { T3_COLUMNS, T3_ROWS } from '@nianbao/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SHAPE } from '../generate/city.ts';
import { generateCityReports } from '../generate/city-reports.ts';
import { createRng } from '../generate/prng.ts';
import type { SyntheticReport } from '../model/synthetic-report.ts';
import { cellTexts, containsRun, visibleText } from '../test-support/cell-texts.ts';
import { printedTitle } from './document/build-document.ts';
import { cellText } from './document/labels.ts';
import { reportStyle } from './document/style.ts';
import { renderReport } from './render-report.ts';
import type { RenderSpec } from './render-spec.ts';

const SPECS: RenderSpec[] = [
  { format: 'txt', layout: 'tab', encoding: 'utf8', eol: 'lf' },
  { format: 'txt', layout: 'pipe', encoding: 'utf8-bom', eol: 'crlf' },
  { format: 'txt', layout: 'pipe-bordered', encoding: 'gb18030', eol: 'lf' },
  { format: 'txt', layout: 'lines', encoding: 'gb18030', eol: 'crlf' },
  { format: 'html', encoding: 'utf8' },
  { format: 'html', encoding: 'gb18030' },
  { format: 'docx' },
  { format: 'pdf' },
];

/** Reports that cover both editions, late adopters, blank-cell habits and every flaw. */
function sampleReports(): SyntheticReport[] {
  const reports = generateCityReports(createRng(11), 0, DEMO_SHAPE);
  const picks = [
    reports.find((r) => r.edition === '2019' && r.year === 2020 && r.flaws.length === 0),
    reports.find((r) => r.edition === '2021' && r.agencyKind === 'government'),
    reports.find((r) => r.edition === '2019' && r.year >= 2021),
    reports.find((r) => Object.values(r.values).includes(null) && r.flaws.length === 0),
    reports.find((r) => 't2.other_services.decisions' in r.values && r.edition === '2021'),
    ...(['broken_sum', 'truncated', 'blank_table', 'traditional'] as const).map((k) =>
      reports.find((r) => r.flaws.some((f) => f.kind === k)),
    ),
  ];
  return picks.filter((r): r is SyntheticReport => r !== undefined);
}

/** The printed texts of each printed table-3 row's seven cells. */
function t3Rows(report: SyntheticReport): { row: string; texts: string[] }[] {
  const style = reportStyle(report);
  return T3_ROWS.filter((row) => `t3.${row.key}.total` in report.values).map((row) => ({
    row: row.key,
    texts: T3_COLUMNS.map((c) => cellText(style, report.values[`t3.${row.key}.${c.key}`])),
  }));
}

describe('renderReport', () => {
  let reports: SyntheticReport[] = [];
  beforeAll(() => {
    reports = sampleReports();
  });

  it('finds a sample of every kind of report', () => {
    expect(reports.length).toBe(9);
  });

  for (const spec of SPECS) {
    const name = spec.format === 'txt' ? `txt ${spec.layout} ${spec.encoding} ${spec.eol}` : `${spec.format}`;
    it(`${name}: prints the title and every table-3 row's seven cells`, async () => {
      // PDFs take a quarter of a second each: two reports cover both editions.
      const subset = spec.format === 'pdf' ? reports.slice(0, 2) : reports;
      for (const report of subset) {
        const bytes = await renderReport(report, spec);
        const cells = cellTexts(bytes, spec);
        expect(visibleText(bytes, spec)).toContain(printedTitle(report));
        for (const { row, texts } of t3Rows(report)) {
          const wanted = spec.format === 'pdf' ? texts.filter((t) => t !== '') : texts;
          const haystack = spec.format === 'pdf' ? cells.filter((t) => t !== '') : cells;
          expect(containsRun(haystack, wanted), `${report.id} ${row} ${wanted.join(',')}`).toBe(true);
        }
      }
    });
  }
});
