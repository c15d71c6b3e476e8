import { describe, expect, it } from 'vitest';
import { ParseError } from '../../parse-error.ts';
import { buildZip } from '../../test-support/formats/zip-builder.ts';
import { docxAdapter } from './docx-adapter.ts';
import { readZipDirectory } from './zip-directory.ts';
import { readZipEntry } from './zip-entry.ts';

const LIMITS = { maxEntries: 2000, maxTotalUncompressed: 50 * 1024 * 1024 };
const text = (s: string) => new TextEncoder().encode(s);

async function failure(run: () => unknown): Promise<ParseError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError');
}

describe('zip directory and the zip-bomb guard', () => {
  it('lists entries with their declared sizes and reads them back', () => {
    const zip = buildZip([
      { name: 'a.txt', data: text('hello hello hello') },
      { name: 'b.txt', data: text('stored'), method: 0 },
    ]);
    const entries = readZipDirectory(zip, 'x.docx', LIMITS);
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['a.txt', 8, 17],
      ['b.txt', 0, 6],
    ]);
    expect(entries.map((e) => new TextDecoder().decode(readZipEntry(zip, 'x.docx', e)))).toEqual([
      'hello hello hello',
      'stored',
    ]);
  });

  it('refuses an archive declaring more than 50 MB before inflating anything', async () => {
    // The entry's data is not even valid deflate: reaching the inflater would fail as `corrupt`,
    // so `too_large` proves the guard ran on the declared sizes alone.
    const bomb = buildZip([
      { name: '[Content_Types].xml', data: text('<Types/>') },
      { name: 'word/document.xml', data: new Uint8Array([1, 2, 3, 4]), method: 0, declaredSize: 0xfffffff0 },
    ]);
    const error = await failure(() => docxAdapter(bomb, 'bomb.docx'));
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/^bomb\.docx: the archive declares more than 50 MB uncompressed/);
    expect(error.message).toContain('zip-bomb guard');
  });

  it('refuses when many small entries add up past the limit', () => {
    const specs = Array.from({ length: 60 }, (_, i) => ({
      name: `word/media/image${i}.png`,
      data: new Uint8Array(8),
      method: 0 as const,
      declaredSize: 1024 * 1024,
    }));
    expect(() => readZipDirectory(buildZip(specs), 'many.docx', LIMITS)).toThrow(
      /declares more than 50 MB uncompressed \(51 MB in the first 51 of 60 entries\)/,
    );
  });

  it('refuses an archive declaring more than 2,000 entries before reading them', () => {
    const zip = buildZip([{ name: 'a', data: text('x') }], { declaredCount: 65535 });
    expect(() => readZipDirectory(zip, 'many.docx', LIMITS)).toThrow(
      'many.docx: the archive declares 65535 entries; at most 2000 are read (zip-bomb guard)',
    );
  });

  it('reports a truncated archive as corrupt', async () => {
    const zip = buildZip([{ name: 'word/document.xml', data: text('<w:document/>') }]);
    for (const cut of [
      zip.subarray(0, 10),
      zip.subarray(0, zip.length - 30),
      zip.subarray(0, zip.length - 5),
    ]) {
      expect((await failure(() => docxAdapter(cut, 'cut.docx'))).code).toBe('corrupt');
    }
  });

  it('reports an encrypted entry as encrypted', async () => {
    const zip = buildZip([{ name: 'word/document.xml', data: text('<w:document/>'), flags: 1 }]);
    const error = await failure(() => docxAdapter(zip, 'locked.docx'));
    expect(error.code).toBe('encrypted');
  });

  it('reports a zip without word/document.xml as unsupported', async () => {
    const xlsx = buildZip([{ name: 'xl/workbook.xml', data: text('<workbook/>') }]);
    expect(await failure(() => docxAdapter(xlsx, 'book.docx'))).toMatchObject({
      code: 'unsupported_format',
      message: expect.stringContaining('spreadsheet or presentation'),
    });
    const other = buildZip([{ name: 'readme.txt', data: text('hi') }]);
    expect((await failure(() => docxAdapter(other, 'x.docx'))).message).toContain(
      'without word/document.xml',
    );
  });

  it('reports damaged deflate data as corrupt', async () => {
    const zip = buildZip([
      { name: 'word/document.xml', data: new Uint8Array([0xff, 0xff, 0xff]), method: 8 },
    ]);
    // Overwrite the compressed bytes with an invalid block type.
    const bad = zip.slice();
    bad[30 + 'word/document.xml'.length] = 0xff;
    const error = await failure(() => docxAdapter(bad, 'bad.docx'));
    expect(error.code).toBe('corrupt');
  });
});

describe('docxAdapter on odd but readable archives', () => {
  it('finds the main part under another casing or with backslashes', async () => {
    const xml =
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>年度报告</w:t></w:r></w:p></w:body></w:document>';
    for (const name of ['Word/Document.xml', 'word\\document.xml']) {
      const { document } = await docxAdapter(buildZip([{ name, data: text(xml) }]), 'odd.docx');
      expect(document.text).toBe('年度报告\n');
    }
  });
});
