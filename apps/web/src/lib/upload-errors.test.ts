import { describe, expect, it } from 'vitest';
import { refuseFile, uploadErrorText } from './upload-errors.ts';

describe('uploadErrorText', () => {
  it('explains known codes in Chinese', () => {
    expect(uploadErrorText('not_a_report')).toMatch(/不是政府信息公开工作年度报告/);
    expect(uploadErrorText('undecodable')).toMatch(/编码/);
    expect(uploadErrorText('parse_timeout', 422)).toMatch(/超时/);
    expect(uploadErrorText('invalid_token', 401)).toMatch(/已过期或已被撤销/);
  });

  it('falls back on the HTTP status, then on a general sentence', () => {
    expect(uploadErrorText('whatever', 401)).toMatch(/编辑令牌/);
    expect(uploadErrorText('whatever', 413)).toMatch(/文件太大/);
    expect(uploadErrorText('whatever', 500)).toMatch(/服务器/);
    expect(uploadErrorText('whatever')).toBe('无法读取这个文件。');
  });
});

describe('refuseFile', () => {
  const MB = 1024 * 1024;
  it('accepts the four formats in any letter case', () => {
    for (const name of ['a.txt', 'b.HTML', 'c.htm', 'd.docx', 'e.Pdf'])
      expect(refuseFile(name, 10, MB)).toBeUndefined();
  });

  it('refuses other formats, empty and oversized files', () => {
    expect(refuseFile('a.doc', 10, MB)).toMatch(/不支持/);
    expect(refuseFile('noext', 10, MB)).toMatch(/不支持/);
    expect(refuseFile('a.txt', 0, MB)).toMatch(/空的/);
    expect(refuseFile('a.pdf', 3 * MB, MB)).toBe('文件太大（3.0 MB），单个文件不能超过 1 MB。');
  });
});
