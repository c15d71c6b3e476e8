import { describe, expect, it } from 'vitest';
import { EXPORT_SIZES, exportSize } from './export-sizes.ts';
import { frameLayout, frameSvg, placeDrawing } from './frame-svg.ts';
import { fitText, textWidthEm, wrapText } from './text-fit.ts';

const frame = {
  title: '新收申请数（件）',
  subtitle: '洛阳市 · 2019—2024年',
  unit: '件',
  source: '数据来源：12 份政府信息公开工作年度报告，统计年度 2019—2024 年',
  generated: '生成日期：2025-01-02',
  notes: ['演示数据：图中数字全部来自演示报告，并非真实年报'],
};

describe('frameSvg', () => {
  it('draws a white page of the fixed size with every text of the frame and the chart inside', () => {
    const size = exportSize('slide');
    const svg = frameSvg(
      size,
      frame,
      { markup: '<svg id="chart"/>', width: 752, height: 300 },
      '@font-face{}',
    );
    expect(svg).toContain('width="800" height="450" viewBox="0 0 800 450"');
    expect(svg).toContain('<rect width="800" height="450" fill="#ffffff"/>');
    for (const text of [
      frame.title,
      frame.subtitle,
      '单位：件',
      frame.source,
      frame.generated,
      `⚠ ${frame.notes[0]}`,
    ]) {
      expect(svg).toContain(`>${text}</text>`);
    }
    expect(svg).toContain('<svg id="chart"/>');
    expect(svg).toContain('<style>@font-face{}text{font-family:NianbaoExport');
  });

  it('escapes text and keeps the plot between the title and the source bands for each size', () => {
    const svg = frameSvg(
      exportSize('a4half'),
      { ...frame, title: 'A & B <C>' },
      { markup: '', width: 1, height: 1 },
    );
    expect(svg).toContain('>A &amp; B &lt;C&gt;</text>');
    for (const size of EXPORT_SIZES) {
      const layout = frameLayout(size, 2);
      expect(layout.plot.y).toBeGreaterThan(layout.subtitle.y);
      expect(layout.plot.y + layout.plot.height).toBeLessThan(layout.rule.y);
      expect(layout.footer.y).toBeLessThan(size.height);
    }
  });

  it('scales a tall drawing down to fit the plot and never scales up', () => {
    const plot = { x: 24, y: 78, width: 752, height: 300 };
    expect(placeDrawing(plot, { markup: '', width: 1504, height: 600 })).toEqual({
      x: 24,
      y: 78,
      scale: 0.5,
    });
    expect(placeDrawing(plot, { markup: '', width: 376, height: 100 }).scale).toBe(1);
  });
});

describe('text fitting', () => {
  it('measures CJK wider than digits, cuts with … and wraps', () => {
    expect(textWidthEm('数据')).toBe(2);
    expect(textWidthEm('2024')).toBeLessThan(3);
    expect(fitText('政府信息公开工作年度报告', 5 * 10, 10)).toBe('政府信息…');
    expect(fitText('短标题', 100, 10)).toBe('短标题');
    expect(wrapText('一二三四五六', 30, 10, 3)).toEqual(['一二三', '四五六']);
    expect(wrapText('一二三四五六七', 30, 10, 2)).toEqual(['一二三', '四五…']);
  });
});
