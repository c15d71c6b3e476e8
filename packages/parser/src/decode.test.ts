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

describe('decodeReport on legacy encodings', () => {
  it('decodes a GB18030 file longer than the detection sample in full', () => {
    const long = TEXT.repeat(300);
    const bytes = Uint8Array.from(iconv.encode(long, 'gb18030'));
    expect(bytes.length).toBeGreaterThan(16_384);
    expect(decodeReport(bytes, 'a.txt')).toEqual({ text: long, encoding: 'gb18030' });
  });

  it('decodes an odd-length GB18030 file whose last byte is ASCII', () => {
    const text = `${TEXT}x.`;
    const bytes = Uint8Array.from(iconv.encode(text, 'gb18030'));
    expect(bytes.length % 2).toBe(1);
    expect(decodeReport(bytes, 'a.txt')).toEqual({ text, encoding: 'gb18030' });
  });

  it('reads GBK bytes that are also clean Big5 as GB18030 when nothing breaks the tie', () => {
    // Each character's GBK bytes (lead 0xB0-0xF7, trail 0xA1-0xFE) also decode to Big5 hanzi.
    const text = '啊皑隘岸敖澳八耙百班扮邦磅包薄报悲倍苯蹦彼币辟编辩鳖滨秉病波帛捕步材菜惨操侧茬差';
    const bytes = Uint8Array.from(iconv.encode(text, 'gb18030'));
    expect(iconv.decode(Buffer.from(bytes), 'big5')).toMatch(/^[\u4e00-\u9fff]+$/);
    expect(decodeReport(bytes, 'a.txt')).toEqual({ text, encoding: 'gb18030' });
  });
});
