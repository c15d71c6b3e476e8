import { describe, expect, it } from 'vitest';
import { textBlocks } from '../adapters/text-blocks.ts';
import { matchingDocument } from './matching-document.ts';
import { blankPinyin, hasPinyin } from './pinyin.ts';
import { isTraditional, toSimplified } from './traditional.ts';

describe('traditional characters', () => {
  const traditional =
    '嵩縣人民政府辦公室2020年政府信息公開工作年度報告。無正當理由大量反覆申請，回覆網友留言。';

  it('tells a traditional text from a simplified one that has a few such characters', () => {
    expect(isTraditional(traditional)).toBe(true);
    // 著 and 乾 have traditional-only readings too, but a simplified report uses them rarely.
    expect(
      isTraditional('嵩县人民政府办公室关于印发著作权保护工作方案的通知，乾县主动公开政府信息。'.repeat(10)),
    ).toBe(false);
  });

  it('converts to simplified with phrases (反覆 → 反复) and keeps every offset', () => {
    const simplified = toSimplified(traditional);
    expect(simplified).toBe(
      '嵩县人民政府办公室2020年政府信息公开工作年度报告。无正当理由大量反复申请，回复网友留言。',
    );
    expect(simplified.length).toBe(traditional.length);
  });
});

describe('inline pinyin', () => {
  it('blanks pinyin after a character with spaces of the same length', () => {
    const text = '新华区(qū)人民政府申（shēn）请，PDF(v2)版';
    expect(hasPinyin(text)).toBe(true);
    const blanked = blankPinyin(text);
    expect(blanked).toBe('新华区    人民政府申      请，PDF(v2)版');
    expect(blanked.length).toBe(text.length);
    expect(hasPinyin('附件(PDF)与（一）予以公开')).toBe(false);
  });
});

describe('matchingDocument', () => {
  it('folds text, paragraphs and cells alike, offsets unchanged', () => {
    const text = '市中區(qū)市場監督管理局年度報告\n規範性文件\t2\t0\t11\n行政許可\t5\t0\t1\n';
    const doc = { text, blocks: textBlocks(text) };
    const folded = matchingDocument(doc);
    expect(folded.text.length).toBe(text.length);
    expect(folded.blocks[0]).toMatchObject({
      kind: 'paragraph',
      start: 0,
      text: '市中区    市场监督管理局年度报告',
    });
    const table = folded.blocks[1];
    expect(table?.kind === 'table' && table.rows.map((r) => r.cells[0]?.text)).toEqual([
      '规范性文件',
      '行政许可',
    ]);
    expect(doc.blocks[0]).toMatchObject({ text: '市中區(qū)市場監督管理局年度報告' });
  });

  it('returns a simplified document without pinyin as it is', () => {
    const text = '嵩县人民政府办公室2020年政府信息公开工作年度报告\n';
    const doc = { text, blocks: textBlocks(text) };
    expect(matchingDocument(doc)).toBe(doc);
  });
});
