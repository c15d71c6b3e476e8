import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeReport } from './decode.ts';
import { ParseError } from './parse-error.ts';

const TEXT =
  '嵩县人民政府办公室2020年政府信息公开工作年度报告\n一、总体情况\n向市政府上报信息673条，采用率43%。\n';

describe('decodeReport', () => {
  it('reads UTF-8 as is', () => {
    expect(decodeReport(new TextEncoder().encode(TEXT), 'a.txt')).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('drops a UTF-8 BOM from the text', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeReport(bytes, 'a.txt')).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it.each([
    ['gb18030', 'gb18030'],
    ['gbk', 'gb18030'],
    ['utf16le', 'utf-16le'],
    ['utf16be', 'utf-16be'],
  ])('detects text encoded as %s without a BOM', (encodeAs, expected) => {
    const bytes = Uint8Array.from(iconv.encode(TEXT, encodeAs));
    expect(decodeReport(bytes, 'a.txt')).toEqual({ text: TEXT, encoding: expected });
  });

  it('detects Big5 for traditional-character reports', () => {
    const traditional =
      '政府資訊公開工作年度報告，本年度受理申請案件共計十二件，均已依法處理完畢並答覆申請人。\n';
    const bytes = Uint8Array.from(iconv.encode(traditional.repeat(4), 'big5'));
    expect(decodeReport(bytes, 'a.txt')).toEqual({ text: traditional.repeat(4), encoding: 'big5' });
  });

  it('refuses empty and whitespace-only files with empty_file', () => {
    expect(() => decodeReport(new Uint8Array(0), 'e.txt')).toThrow(ParseError);
    expect(() => decodeReport(new TextEncoder().encode('\n \n'), 'e.txt')).toThrowError(
      expect.objectContaining({ code: 'empty_file' }),
    );
  });

  it('refuses control-character soup with undecodable', () => {
    const bytes = Uint8Array.from({ length: 600 }, (_, i) => (i % 7 === 0 ? 0x41 : i % 31));
    expect(() => decodeReport(bytes, 'b.bin')).toThrowError(expect.objectContaining({ code: 'undecodable' }));
  });
});

describe('decodeReport on damaged UTF-8', () => {
  it('reads a UTF-8 report with one corrupt byte as UTF-8, not as GB18030 mojibake', () => {
    const long = TEXT.repeat(20);
    const bytes = new TextEncoder().encode(long);
    bytes[40] = 0xff;
    const decoded = decodeReport(bytes, 'a.txt');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text.length).toBeGreaterThan(long.length - 3);
    expect(decoded.text.slice(-TEXT.length)).toBe(TEXT);
  });
});
