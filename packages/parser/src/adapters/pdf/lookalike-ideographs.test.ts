import { describe, expect, it } from 'vitest';
import { unifyIdeographs } from './lookalike-ideographs.ts';

describe('unifyIdeographs', () => {
  it('maps radical look-alikes that PDF text layers produce back to ideographs', () => {
    // ⻚ U+2EDA (radicals supplement, no NFKC mapping), ⼀ U+2F00 and ⼈ U+2F08 (Kangxi radicals).
    expect(unifyIdeographs('首⻚ 第⼀季度 培训⼈次 ⻔户⽹站')).toBe('首页 第一季度 培训人次 门户网站');
  });

  it('prefers the simplified glyph twin over NFKC where they differ, and leaves other text alone', () => {
    expect(unifyIdeographs('⼾籍')).toBe('户籍');
    expect(unifyIdeographs('\uf9b5')).toBe('\uf9b5'.normalize('NFKC'));
    expect(unifyIdeographs('全年主动公开政府信息1,236条（ＡＢＣ１２３）')).toBe(
      '全年主动公开政府信息1,236条（ＡＢＣ１２３）',
    );
  });
});
