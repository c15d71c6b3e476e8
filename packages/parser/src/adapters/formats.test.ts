import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCellValue } from '../cell-value.ts';
import { type ParsedReport, parseReport } from '../parse-report.ts';
import { expected, expectedValues } from '../test-support/fixtures.ts';
import { GENERATED, HTML_FIXTURES } from '../test-support/formats/format-fixtures.ts';

const formatsDir = new URL('../../fixtures/formats/', import.meta.url);

interface Case {
  file: string;
  expectation: string;
  format: string;
  bytes: () => Promise<Uint8Array>;
}

const CASES: Case[] = [
  ...HTML_FIXTURES.map((f) => ({
    file: f.file,
    expectation: f.expectation,
    format: 'html',
    bytes: async () => new Uint8Array(readFileSync(new URL(f.file, formatsDir))),
  })),
  // Generated afresh from the text fixtures, so the test covers the writers as well as the readers.
  ...GENERATED.map((g) => ({
    file: g.file,
    expectation: g.expectation,
    format: g.file.endsWith('.pdf') ? 'pdf' : 'docx',
    bytes: g.render,
  })),
];

describe.each(CASES)('$file', ({ file, expectation, format, bytes }) => {
  const e = expected(expectation);
  let report: ParsedReport;

  beforeAll(async () => {
    report = await parseReport(await bytes(), file);
  }, 60_000);

  it('reads the metadata of the text fixture', () => {
    expect({
      format: report.format,
      agency: report.agency,
      region: report.region,
      year: report.year,
      template: report.template,
      agencyKind: report.agencyKind,
    }).toEqual({
      format,
      agency: e.agency,
      region: e.region,
      year: e.year,
      template: e.template,
      agencyKind: e.agencyKind,
    });
  });

  it('reads every table cell of the text fixture, and only those', () => {
    const want = expectedValues(e);
    for (const [code, value] of Object.entries(want)) expect(report.values[code], code).toBe(value);
    expect(Object.keys(report.values).sort()).toEqual(Object.keys(want).sort());
  });

  it('points every value at text in the rendering that reads as that value', () => {
    expect(Object.keys(report.cells).sort()).toEqual(Object.keys(report.values).sort());
    for (const [code, value] of Object.entries(report.values)) {
      const cell = report.cells[code];
      if (cell === undefined) continue;
      const printed = report.text.slice(cell.start, cell.end);
      const read = readCellValue(printed);
      if (value === null) expect(read.kind, `${code} ← ${JSON.stringify(printed)}`).toBe('blank');
      else expect(read, `${code} ← ${JSON.stringify(printed)}`).toEqual({ kind: 'number', value });
    }
  });

  it('finds the coded narrative facts, spans reading as printed', () => {
    const coded = report.facts.filter((f) => f.code !== null);
    expect(coded.map((f) => f.code).sort()).toEqual(e.facts.map((f) => f.code).sort());
    for (const want of e.facts) {
      const fact = coded.find((f) => f.code === want.code);
      expect(fact && report.text.slice(fact.start, fact.end), want.code).toBe(want.printed);
      expect(fact?.value).toBe(want.value);
    }
  });

  it('reports the findings of the text fixture', () => {
    expect(report.findings.map((f) => ({ rule: f.rule, severity: f.severity }))).toEqual(e.findings);
  });
});
