import { T3_COLUMNS } from '@nianbao/schema';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readCellValue } from './cell-value.ts';
import { type ParsedReport, parseReport } from './parse-report.ts';
import { expected, expectedValues, fixtureBytes } from './test-support/fixtures.ts';

const CASES = [
  { file: 'songxian-2020-zfb.txt', expect: 'songxian-2020-zfb.expected.json' },
  { file: 'anlan-2022-jtj-2021.txt', expect: 'anlan-2022-jtj-2021.expected.json' },
  { file: 'anlan-2022-jtj-2021-pipes.txt', expect: 'anlan-2022-jtj-2021.expected.json' },
];

/** Every printed value must point at a cell whose text reads as that value. */
function expectProvenance(report: ParsedReport): void {
  for (const [code, value] of Object.entries(report.values)) {
    const cell = report.cells[code];
    expect(cell, code).toBeDefined();
    if (cell === undefined) continue;
    const printed = report.text.slice(cell.start, cell.end);
    const read = readCellValue(printed);
    if (value === null) expect(read.kind, `${code} ← ${JSON.stringify(printed)}`).toBe('blank');
    else expect(read, `${code} ← ${JSON.stringify(printed)}`).toEqual({ kind: 'number', value });
    expect(cell.table).toBe(code.slice(0, 2));
  }
  expect(Object.keys(report.cells).sort()).toEqual(Object.keys(report.values).sort());
}

describe.each(CASES)('parseReport($file)', ({ file, expect: expectation }) => {
  const e = expected(expectation);

  it('reads the metadata', async () => {
    const r = await parseReport(fixtureBytes(file), file);
    expect({
      file: r.file,
      agency: r.agency,
      region: r.region,
      year: r.year,
      template: r.template,
      agencyKind: r.agencyKind,
      encoding: r.encoding,
      format: r.format,
    }).toEqual({
      file,
      agency: e.agency,
      region: e.region,
      year: e.year,
      template: e.template,
      agencyKind: e.agencyKind,
      encoding: e.encoding,
      format: e.format,
    });
  });

  it('reads every table cell, and only those', async () => {
    const r = await parseReport(fixtureBytes(file), file);
    const want = expectedValues(e);
    for (const [code, value] of Object.entries(want)) expect(r.values[code], code).toBe(value);
    expect(Object.keys(r.values).sort()).toEqual(Object.keys(want).sort());
    expectProvenance(r);
  });

  it('finds the coded narrative facts with their source spans', async () => {
    const r = await parseReport(fixtureBytes(file), file);
    const coded = r.facts.filter((f) => f.code !== null);
    expect(coded.map((f) => f.code).sort()).toEqual(e.facts.map((f) => f.code).sort());
    for (const want of e.facts) {
      const fact = coded.find((f) => f.code === want.code);
      expect(fact, want.code).toBeDefined();
      if (fact === undefined) continue;
      expect({ value: fact.value, unit: fact.unit, approximate: fact.approximate ?? false }).toEqual({
        value: want.value,
        unit: want.unit,
        approximate: want.approximate ?? false,
      });
      expect(r.text.slice(fact.start, fact.end)).toBe(want.printed);
    }
    for (const want of e.uncodedFacts) {
      const fact = r.facts.find((f) => r.text.slice(f.start, f.end) === want.printed);
      expect(fact, want.printed).toMatchObject({ value: want.value, unit: want.unit, code: null });
    }
  });

  it('reports the expected findings', async () => {
    const r = await parseReport(fixtureBytes(file), file);
    expect(r.findings.map((f) => ({ rule: f.rule, severity: f.severity }))).toEqual(e.findings);
    const r7 = r.findings.find((f) => f.rule === 'R7');
    if (r7 !== undefined) {
      // R7 names exactly the printed-blank cells that enter a sum.
      const blanks = Object.entries(r.values)
        .filter(([code, v]) => v === null && code.startsWith('t3.'))
        .map(([code]) => code);
      expect([...r7.codes].sort()).toEqual(blanks.sort());
    }
  });
});

describe('parseReport on the real sample', () => {
  it('reads the blank 办理结果 rows as present-but-blank, not missing', async () => {
    const r = await parseReport(fixtureBytes('songxian-2020-zfb.txt'), 'songxian-2020-zfb.txt');
    for (const col of T3_COLUMNS) {
      expect(r.values).toHaveProperty(`t3.granted.${col.key}`, null);
      expect(r.values).toHaveProperty(`t3.not_processed.confirm.${col.key}`, null);
    }
  });

  it('never sums facts into narrative.published_total', async () => {
    const r = await parseReport(fixtureBytes('songxian-2020-zfb.txt'), 'songxian-2020-zfb.txt');
    expect(r.facts.some((f) => f.code === 'narrative.published_total')).toBe(false);
    expect(r.values).not.toHaveProperty('narrative.published_total');
  });
});

describe('renderings of the real sample', () => {
  const text = new TextDecoder().decode(fixtureBytes('songxian-2020-zfb.txt'));
  const renderings: [string, (line: string) => string][] = [
    ['unbordered pipes', (line) => line.replaceAll('\t', ' | ')],
    ['bordered pipes', (line) => (line.includes('\t') ? `| ${line.replaceAll('\t', ' | ')} |` : line)],
    [
      'full-width pipes, trailing empty cells dropped',
      (line) => line.replace(/\t+$/u, '').replaceAll('\t', '｜'),
    ],
  ];

  it.each(renderings)('reads the same values from %s', async (_, render) => {
    const reference = await parseReport(fixtureBytes('songxian-2020-zfb.txt'), 'songxian.txt');
    const rendered = text.split('\n').map(render).join('\n');
    const r = await parseReport(new TextEncoder().encode(rendered), 'songxian.txt');
    expect(r.values).toEqual(reference.values);
    expect(r.template).toBe('2019');
    expectProvenance(r);
  });
});

describe('encodings', () => {
  const utf8 = fixtureBytes('songxian-2020-zfb.txt');
  const text = new TextDecoder().decode(utf8);

  it.each([
    ['gb18030', iconv.encode(text, 'gb18030')],
    ['utf-16le', iconv.encode(text, 'utf16le')],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')])],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')])],
    ['utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])],
  ])('reads the sample encoded as %s with the same values and offsets', async (encoding, bytes) => {
    const reference = await parseReport(utf8, 'songxian.txt');
    const r = await parseReport(bytes, 'songxian.txt');
    expect(r.encoding).toBe(encoding);
    expect(r.text).toBe(text);
    expect(r.values).toEqual(reference.values);
    expect(r.cells).toEqual(reference.cells);
    expect(r.facts).toEqual(reference.facts);
    expect(r.agency).toBe('嵩县人民政府办公室');
  });

  it('keeps CRLF in the text and every offset relative to it', async () => {
    const bytes = fixtureBytes('anlan-2022-jtj-2021.txt');
    const r = await parseReport(bytes, 'anlan.txt');
    expect(r.text).toContain('\r\n');
    expect(r.text).toBe(new TextDecoder().decode(bytes));
    expectProvenance(r);
  });
});

describe('files that are not readable reports', () => {
  const fails = (bytes: Uint8Array, name: string) => parseReport(bytes, name);

  it('rejects an empty file with empty_file', async () => {
    await expect(fails(new Uint8Array(0), 'empty.txt')).rejects.toMatchObject({
      name: 'ParseError',
      code: 'empty_file',
      file: 'empty.txt',
    });
    await expect(fails(new TextEncoder().encode(' \r\n\n\t'), 'blank.txt')).rejects.toMatchObject({
      code: 'empty_file',
    });
  });

  it('rejects binary garbage with undecodable', async () => {
    // A deterministic byte soup: every byte value, scrambled, including NUL and C0 controls.
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 167 + (i >> 3)) & 0xff);
    await expect(fails(bytes, 'garbage.txt')).rejects.toMatchObject({ code: 'undecodable' });
  });

  it('rejects prose that is not a report with not_a_report', async () => {
    const text = '会议纪要\n\n2022年3月5日，县交通运输局召开安全生产工作会议，参会人员45人次。\n';
    await expect(fails(new TextEncoder().encode(text), 'minutes.txt')).rejects.toMatchObject({
      code: 'not_a_report',
    });
  });

  it('rejects damaged containers with corrupt, a page without a report with not_a_report', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
    await expect(fails(pdf, 'report.pdf')).rejects.toMatchObject({ code: 'corrupt' });
    const docx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    await expect(fails(docx, 'report.docx')).rejects.toMatchObject({ code: 'corrupt' });
    const html = new TextEncoder().encode('<!DOCTYPE html><html><body>年度报告</body></html>');
    await expect(fails(html, 'report.html')).rejects.toMatchObject({ code: 'not_a_report' });
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await expect(fails(png, 'scan.png')).rejects.toMatchObject({ code: 'unsupported_format' });
  });
});
