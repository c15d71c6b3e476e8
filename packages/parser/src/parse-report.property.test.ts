import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ParseError } from './parse-error.ts';
import { parseReport } from './parse-report.ts';
import { fixtureBytes } from './test-support/fixtures.ts';

/** Resolves to the result or the ParseError; any other throw fails the property. */
async function outcome(bytes: Uint8Array, name: string): Promise<'parsed' | ParseError> {
  try {
    await parseReport(bytes, name);
    return 'parsed';
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
}

const FIXTURES = ['songxian-2020-zfb.txt', 'anlan-2022-jtj-2021.txt', 'anlan-2022-jtj-2021-pipes.txt'];
const sample = new TextDecoder().decode(fixtureBytes('songxian-2020-zfb.txt'));
const ENCODED = [
  ...FIXTURES.map(fixtureBytes),
  Uint8Array.from(iconv.encode(sample, 'gb18030')),
  Uint8Array.from(iconv.encode(sample, 'utf16le')),
];

// Hundreds of parses per property, legacy encodings among them: the timeout only guards a hang.
describe('parseReport never fails with anything but ParseError', () => {
  it('on random bytes', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2048 }),
        fc.constantFrom('x.txt', 'x', 'x.pdf'),
        async (b, n) => {
          const result = await outcome(b, n);
          expect(result === 'parsed' || result instanceof ParseError).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on random text mixing report vocabulary, separators and digits', { timeout: 120_000 }, async () => {
    const piece = fc.constantFrom(
      '\t',
      ' | ',
      '|',
      '\n',
      '\r\n',
      '0',
      '15',
      '—',
      '规章',
      '第二十条第（一）项',
      '本年制发件数',
      '总计',
      '其他',
      '（三）不予公开',
      '1.属于国家秘密',
      '行政复议',
      '结果维持',
      '政府信息公开工作年度报告',
      '2020年',
      '采用率',
      '%',
      '条',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 200 }), async (parts) => {
        const result = await outcome(new TextEncoder().encode(parts.join('')), 'mix.txt');
        expect(result === 'parsed' || result instanceof ParseError).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('on truncated prefixes of the fixtures in every encoding', { timeout: 120_000 }, async () => {
    const prefixes = fc
      .constantFrom(...ENCODED)
      .chain((bytes) => fc.nat({ max: bytes.length }).map((n) => bytes.subarray(0, n)));
    await fc.assert(
      fc.asyncProperty(prefixes, async (bytes) => {
        const result = await outcome(bytes, 'cut.txt');
        expect(result === 'parsed' || result instanceof ParseError).toBe(true);
        // Whatever was read is still backed by the text: every span lies inside it.
        if (result === 'parsed') {
          const r = await parseReport(bytes, 'cut.txt');
          for (const cell of Object.values(r.cells)) expect(cell.end).toBeLessThanOrEqual(r.text.length);
          for (const f of r.facts) expect(f.end).toBeLessThanOrEqual(r.text.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
