import { describe, expect, it } from 'vitest';
import { generatedLine, provenanceNotes, sourceLine } from './source-line.ts';

const provenance = {
  reportCount: 12,
  years: [2019, 2020, 2024],
  flaggedCount: 0,
  sources: { real: 12, demo: 0, upload: 0 },
};

describe('source line and notes', () => {
  it('names the number of reports and the statistics years', () => {
    expect(sourceLine(provenance)).toBe('数据来源：12 份政府信息公开工作年度报告，统计年度 2019—2024 年');
    expect(sourceLine({ ...provenance, years: [2024] })).toBe(
      '数据来源：12 份政府信息公开工作年度报告，统计年度 2024 年',
    );
    expect(sourceLine(undefined)).toContain('未能统计');
  });

  it('warns about demo data and error findings, and says nothing for clean real data', () => {
    expect(provenanceNotes(provenance)).toEqual([]);
    expect(provenanceNotes({ ...provenance, sources: { real: 0, demo: 12, upload: 0 } })).toEqual([
      '演示数据：图中数字全部来自演示报告，并非真实年报',
    ]);
    const mixed = provenanceNotes({
      ...provenance,
      flaggedCount: 2,
      sources: { real: 9, demo: 3, upload: 0 },
    });
    expect(mixed).toEqual([
      '演示数据：其中 3 份为演示报告，并非真实年报',
      '注意：其中 2 份报告存在错误核对结果，相关数字请核实后引用',
    ]);
  });

  it('dates the export in local time', () => {
    const at = new Date(2025, 0, 2, 23, 30);
    expect(generatedLine(at.toISOString())).toBe('生成日期：2025-01-02');
  });
});
