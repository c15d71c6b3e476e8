import { describe, expect, it } from 'vitest';
import { lowerCaseName } from './lower-case-name.ts';

const name = (s: string) => lowerCaseName(`<${s}>`, 1, s.length + 1);

describe('lowerCaseName', () => {
  it('lower-cases names of any length and character', () => {
    for (const s of [
      'TD',
      'td',
      'ColSpan',
      'h1',
      'data-x',
      'annotation-xml',
      'foreignObject',
      'x:y',
      '表格',
      'Ä',
    ])
      expect(name(s)).toBe(s.toLowerCase());
    expect(lowerCaseName('abc', 1, 1)).toBe('');
  });

  it('tells apart names whose packed characters could run together', () => {
    const seen = new Map<string, string>();
    for (const s of [
      'a',
      'aa',
      'aaa',
      'a0',
      'a-',
      'z9',
      '9z',
      'tbody',
      'thead',
      'tfoot',
      'abcdefgh',
      'abcdefgi',
    ])
      seen.set(s, name(s));
    for (const [s, n] of seen) expect(n).toBe(s);
  });

  it('gives the same string for the same name in any case', () => {
    expect(name('TABLE')).toBe(name('table'));
    expect(name('Table')).toBe('table');
  });
});
