import { describe, expect, it } from 'vitest';
import { collapseInline } from '../html/inline-text.ts';
import { isRegexSpace, joinPieces, trimText } from './join-text.ts';

describe('trimText', () => {
  it('trims blanks, NBSP, ideographic spaces, BOM and zero-width spaces at either end only', () => {
    expect(trimText('\u3000\u3000本机关全年收到申请12件。')).toBe('本机关全年收到申请12件。');
    expect(trimText('规章\u200b')).toBe('规章');
    expect(trimText('\ufeff\u00a0 行政 许可\t\n')).toBe('行政 许可');
    expect(trimText('行政\u3000许可')).toBe('行政\u3000许可');
    expect(trimText('')).toBe('');
    expect(trimText(' \u200b ')).toBe('');
  });
});

describe('isRegexSpace', () => {
  it('is exactly the regex class \\s over every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isRegexSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});

describe('collapseInline', () => {
  it('collapses blank runs to one space and drops a source line break between CJK characters', () => {
    expect(collapseInline('收到申请\n  12件')).toBe('收到申请 12件');
    expect(collapseInline('政府信息\r\n公开')).toBe('政府信息公开');
    expect(collapseInline('政府信息  公开')).toBe('政府信息 公开');
    expect(collapseInline('\n\u00a0采用率\u3000 43%\n')).toBe(' 采用率 43% ');
    expect(collapseInline('无空白')).toBe('无空白');
  });

  it('joins collapsed lines of a cell without a space between CJK text', () => {
    expect(joinPieces(['商业', '企业', ' 2 '])).toBe('商业企业2');
  });
});
