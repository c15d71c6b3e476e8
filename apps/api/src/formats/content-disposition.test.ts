import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition.ts';

describe('contentDisposition', () => {
  it('keeps an ASCII name as it is', () => {
    expect(contentDisposition('report-2020.txt')).toBe(
      `attachment; filename="report-2020.txt"; filename*=UTF-8''report-2020.txt`,
    );
  });

  it('gives Chinese names an ASCII fallback and the UTF-8 name of RFC 5987', () => {
    const header = contentDisposition('嵩县（2020）年报.txt', 'inline');
    expect(header).toBe(
      `inline; filename="_2020_.txt"; filename*=UTF-8''%E5%B5%A9%E5%8E%BF%EF%BC%882020%EF%BC%89%E5%B9%B4%E6%8A%A5.txt`,
    );
    const encoded = header.split("UTF-8''")[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe('嵩县（2020）年报.txt');
    expect(contentDisposition('报告.pdf')).toContain('filename="download.pdf"');
  });

  it('escapes characters that would break the header', () => {
    const header = contentDisposition('a"b\\c\'d(1).txt');
    expect(header).toContain('filename="a_b_c\'d(1).txt"');
    expect(header).toContain("filename*=UTF-8''a%22b%5Cc%27d%281%29.txt");
  });
});
