import { describe, expect, it } from 'vitest';
import { foldText } from './fold-text.ts';

describe('foldText', () => {
  it('drops blanks and turns full-width ASCII into ASCII, keeping the source offset of each character', () => {
    const source = '受理申请 １２ 件（其中\u3000网上３件）';
    const folded = foldText(source, 0, source.length);
    expect(folded.text).toBe('受理申请12件(其中网上3件)');
    for (let i = 0; i < folded.text.length; i++) {
      const at = folded.offsets[i] ?? -1;
      const original = source.charCodeAt(at);
      expect(original >= 0xff01 ? original - 0xfee0 : original).toBe(folded.text.charCodeAt(i));
    }
    expect(folded.offsets[folded.text.length]).toBe(source.length);
  });

  it('folds a slice, with offsets into the whole source', () => {
    const source = 'ab 中文\t１x';
    expect(foldText(source, 2, 8)).toEqual({ text: '中文1x', offsets: Int32Array.from([3, 4, 6, 7, 8]) });
    expect(foldText(source, 3, 3)).toEqual({ text: '', offsets: Int32Array.from([3]) });
  });
});
