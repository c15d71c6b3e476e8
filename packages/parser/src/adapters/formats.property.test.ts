import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../parse-error.ts';
import { parseReport } from '../parse-report.ts';

const dir = new URL('../../fixtures/formats/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
const FILES = {
  html: fixture('anlan-2022-jtj-2021.html'),
  gb2312Html: fixture('songxian-2020-zfb.html'),
  docx: fixture('songxian-2020-zfb.docx'),
  pdf: fixture('anlan-2022-jtj-2021.pdf'),
};

/**
 * Parses and checks the outcome is a report whose spans lie inside its text, or a ParseError;
 * any other exception fails the property. The bound on each parse is the test's timeout: a hang
 * fails the test.
 */
async function expectResultOrParseError(bytes: Uint8Array, name: string): Promise<void> {
  try {
    const r = await parseReport(bytes, name);
    for (const cell of Object.values(r.cells)) expect(cell.end).toBeLessThanOrEqual(r.text.length);
    for (const f of r.facts) expect(f.end).toBeLessThanOrEqual(r.text.length);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
  }
}

const MAGIC = {
  pdf: [...'%PDF-1.7\n'].map((c) => c.charCodeAt(0)),
  zip: [0x50, 0x4b, 0x03, 0x04],
  html: [...'<!DOCTYPE html><html><body>'].map((c) => c.charCodeAt(0)),
};

describe('parseReport on damaged html, docx and pdf files', () => {
  it('random bytes named .docx, .pdf or .html, with or without the format’s magic', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 4096 }),
        fc.constantFrom('x.docx', 'x.pdf', 'x.html', 'x.htm'),
        fc.constantFrom<number[]>([], MAGIC.pdf, MAGIC.zip, MAGIC.html),
        async (body, name, magic) => expectResultOrParseError(Uint8Array.from([...magic, ...body]), name),
      ),
      { numRuns: 200 },
    );
  }, 180_000);

  it('truncated prefixes of the html, docx and pdf fixtures', async () => {
    const prefixes = fc
      .constantFrom(...Object.entries(FILES))
      .chain(([kind, bytes]) =>
        fc.nat({ max: bytes.length }).map((n) => ({ kind, bytes: bytes.subarray(0, n) })),
      );
    await fc.assert(
      fc.asyncProperty(prefixes, async ({ kind, bytes }) =>
        expectResultOrParseError(bytes, `cut.${kind === 'gb2312Html' ? 'html' : kind}`),
      ),
      { numRuns: 120 },
    );
  }, 180_000);

  it('fixtures with bytes overwritten at random', async () => {
    const damaged = fc.constantFrom(...Object.entries(FILES)).chain(([kind, bytes]) =>
      fc
        .array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 40,
        })
        .map((edits) => {
          const copy = bytes.slice();
          for (const [at, value] of edits) copy[at] = value;
          return { kind, bytes: copy };
        }),
    );
    await fc.assert(
      fc.asyncProperty(damaged, async ({ kind, bytes }) =>
        expectResultOrParseError(bytes, `damaged.${kind === 'gb2312Html' ? 'html' : kind}`),
      ),
      { numRuns: 40 },
    );
  }, 180_000);
});
