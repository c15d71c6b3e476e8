import { describe, expect, it } from 'vitest';
import { detectFormat, unreadableError } from './format.ts';
import { parseReport } from './parse-report.ts';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An OLE compound file whose directory names `stream` (names are UTF-16LE). */
const ole = (stream: string) =>
  Uint8Array.from([
    ...OLE,
    ...new Array<number>(504).fill(0),
    ...[...stream].flatMap((c) => [c.charCodeAt(0), 0]),
    0,
    0,
  ]);
const text = (s: string) => new TextEncoder().encode(s);

describe('detectFormat', () => {
  it('trusts magic bytes over the extension', () => {
    expect(detectFormat(text('%PDF-1.7\n'), 'report.doc')).toBe('pdf');
    expect(detectFormat(Uint8Array.from([0x50, 0x4b, 0x03, 0x04]), 'report.bin')).toBe('docx');
    expect(detectFormat(text('<!DOCTYPE html><html><body>x</body></html>'), 'report.doc')).toBe('html');
    expect(detectFormat(text('\ufeff  <!-- saved from url --><html><head>'), 'download')).toBe('html');
  });

  it('sniffs markup after a comment holding GBK bytes (0x80-0xff read one character per byte)', () => {
    const comment = Uint8Array.from([0x3c, 0x21, 0x2d, 0x2d, 0x85, 0x9f, 0xb1, 0xa8, 0x2d, 0x2d, 0x3e]);
    const page = Uint8Array.from([...comment, ...text('\n<html><body>x</body></html>')]);
    expect(detectFormat(page, 'download')).toBe('html');
    expect(detectFormat(Uint8Array.from([0x85, ...text('<html>')]), 'download')).toBe('txt');
  });

  it('maps extensions, and reads unknown or missing extensions as text', () => {
    expect(detectFormat(text('x'), 'a.HTM')).toBe('html');
    expect(detectFormat(text('x'), 'a.shtml')).toBe('html');
    expect(detectFormat(text('x'), 'a.txt')).toBe('txt');
    expect(detectFormat(text('x'), 'report.20210115')).toBe('txt');
    expect(detectFormat(text('x'), '下载')).toBe('txt');
  });

  it('returns null for legacy and foreign binaries', () => {
    expect(detectFormat(ole('WordDocument'), 'a.doc')).toBeNull();
    expect(detectFormat(text('{\\rtf1\\ansi'), 'a.doc')).toBeNull();
    expect(detectFormat(text('x'), 'a.wps')).toBeNull();
    expect(detectFormat(text('x'), 'a.png')).toBeNull();
  });
});

describe('unreadableError and parseReport on files that cannot be read', () => {
  it('asks for a DOCX copy of a Word 97–2003 or WPS file', async () => {
    for (const [bytes, name] of [
      [ole('WordDocument'), 'report.doc'],
      [ole('WordDocument'), 'report'],
      [ole('WpsContent'), 'report.wps'],
      [text('plain bytes'), 'report.wps'],
      [text('{\\rtf1\\ansi 年度报告}'), 'report.rtf'],
    ] as const) {
      await expect(parseReport(bytes, name)).rejects.toMatchObject({
        name: 'ParseError',
        code: 'legacy_format',
        message: expect.stringContaining('请另存为 DOCX 后再导入 (save as DOCX'),
      });
    }
  });

  it('says a password-protected Office file is encrypted', () => {
    const error = unreadableError(ole('EncryptedPackage'), 'secret.docx');
    expect(error.code).toBe('encrypted');
    expect(error.message).toMatch(/^secret\.docx: 文档已加密/);
  });

  it('names the extension of other foreign files', () => {
    expect(unreadableError(text('x'), 'photo.png')).toMatchObject({
      code: 'unsupported_format',
      message: 'photo.png: cannot read .png files; only txt, html, docx and pdf are read',
    });
    expect(unreadableError(ole('Workbook'), 'book.xls').code).toBe('unsupported_format');
  });
});
