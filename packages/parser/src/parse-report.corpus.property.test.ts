import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inTenThousandYuan, readCellValue } from './cell-value.ts';
import { ParseError } from './parse-error.ts';
import { type ParsedReport, parseReport } from './parse-report.ts';

// Properties over the text corpus: every rendering, shuffled and cut short. Each case is one
// bounded parse; the suite's timeout is the guard against a hang.
const dir = new URL('../fixtures/corpus/', import.meta.url);
const CORPUS = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') }))
  // UTF-8 renderings only: the encoded ones hold the same text.
  .filter(({ text }) => !text.includes('\0') && !text.includes('\ufffd'));

async function outcome(text: string, name: string): Promise<ParsedReport | ParseError> {
  try {
    return await parseReport(new TextEncoder().encode(text), name);
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
}

/** Every value points at a cell of the text that reads as that value; every span lies inside it. */
function expectTrueProvenance(r: ParsedReport): void {
  for (const [code, value] of Object.entries(r.values)) {
    const cell = r.cells[code];
    expect(cell, code).toBeDefined();
    if (cell === undefined) continue;
    expect(cell.end).toBeLessThanOrEqual(r.text.length);
    const read = readCellValue(r.text.slice(cell.start, cell.end));
    const printed = code.endsWith('.amount')
      ? inTenThousandYuan(read)
      : read.kind === 'number'
        ? read.value
        : read.kind === 'blank'
          ? null
          : undefined;
    expect(printed, `${code} ← ${JSON.stringify(r.text.slice(cell.start, cell.end))}`).toBe(value);
  }
  for (const f of r.facts) expect(f.end).toBeLessThanOrEqual(r.text.length);
}

const fixture = fc.constantFrom(...CORPUS);

describe('parseReport over the corpus, shuffled and truncated', () => {
  it('reads every fixture with true provenance', { timeout: 60_000 }, async () => {
    for (const { name, text } of CORPUS) {
      const r = await outcome(text, name);
      expect(r, name).not.toBeInstanceOf(ParseError);
      if (!(r instanceof ParseError)) expectTrueProvenance(r);
    }
  });

  it('never fails on shuffled lines, and whatever it reads is backed by the text', {
    timeout: 120_000,
  }, async () => {
    const shuffled = fixture.chain(({ name, text }) =>
      fc
        .shuffledSubarray(text.split('\n'), { minLength: 1 })
        .map((lines) => ({ name, text: lines.join('\n') })),
    );
    await fc.assert(
      fc.asyncProperty(shuffled, async ({ name, text }) => {
        const r = await outcome(text, name);
        if (!(r instanceof ParseError)) expectTrueProvenance(r);
      }),
      { numRuns: 150 },
    );
  });

  it('never invents a value when a report is cut short anywhere', { timeout: 120_000 }, async () => {
    const full = new Map<string, ParsedReport>();
    for (const { name, text } of CORPUS) {
      const r = await outcome(text, name);
      if (!(r instanceof ParseError)) full.set(name, r);
    }
    const cut = fixture.chain(({ name, text }) =>
      fc.nat({ max: text.length }).map((n) => ({ name, text: text.slice(0, n) })),
    );
    await fc.assert(
      fc.asyncProperty(cut, async ({ name, text }) => {
        const r = await outcome(text, name);
        if (r instanceof ParseError) return;
        expectTrueProvenance(r);
        const whole = full.get(name);
        // Every value read from the cut file is the value the whole file has under that code.
        for (const [code, value] of Object.entries(r.values))
          expect(whole?.values[code], `${name} cut at ${text.length}: ${code}`).toBe(value);
      }),
      { numRuns: 400 },
    );
  });
});
