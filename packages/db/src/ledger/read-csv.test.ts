import { describe, expect, it } from 'vitest';
import { parseDelimited, readCsv } from './read-csv.ts';

describe('CSV ledgers', () => {
  it('parses RFC 4180 quoting: separators, doubled quotes and line breaks inside fields', () => {
    expect(parseDelimited('a,"b,c","say ""hi"""\r\n"two\nlines",,x\n', ',')).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['two\nlines', '', 'x'],
    ]);
    expect(parseDelimited('last,line', ',')).toEqual([['last', 'line']]);
  });

  it('numbers rows by record and reads tab-separated files', () => {
    const text = '单位\t月份\t报送数\t采用数\n"洛阳市\n教育局"\t1\t3\t1\n\n洛阳市公安局\t2\t4\t2\n';
    const { sheet, encoding } = readCsv(new TextEncoder().encode(text), 'ledger.csv');
    expect(encoding).toBe('utf-8');
    expect(sheet.rows.map((r) => [r.number, r.cells[0]])).toEqual([
      [1, '单位'],
      [2, '洛阳市\n教育局'],
      [3, null],
      [4, '洛阳市公安局'],
    ]);
  });

  it('rejects an empty file with a precise code', () => {
    expect(() => readCsv(new Uint8Array(), 'empty.csv')).toThrow(
      expect.objectContaining({ code: 'empty_file' }),
    );
  });
});
