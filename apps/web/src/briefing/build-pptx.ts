import type { ExportItem } from '../export/export-item.ts';
import { generatedLine, itemSource } from '../export/source-line.ts';
import { chunkRows, printedCells } from './briefing-cells.ts';

/** Rows of a table on one slide beside the chart; longer tables continue on slides of their own. */
export const ROWS_PER_SLIDE = 16;
const ROWS_PER_TABLE_SLIDE = 22;
const FONT = 'Microsoft YaHei';
const GREY = '52606D';

/** The pack's content as the PPTX and the print layout present it. */
export interface BriefingDeck {
  title: string;
  generatedAt: string;
  items: readonly ExportItem[];
  /** Framed 16:9 PNGs of the items, as data: URLs, in the same order. */
  images: readonly string[];
}

/**
 * A PPTX (16:9) of the pack: a title slide; per chart a slide with its framed image, its summary and
 * its numbers as a native table (continued on further slides when long); a closing slide of sources.
 * pptxgenjs is loaded only here, when a pack is built.
 */
export async function buildPptx(deck: BriefingDeck): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.author = '年报 · 政府信息公开年报分析';

  const cover = pptx.addSlide();
  cover.addText(deck.title, {
    x: 0.8,
    y: 2.4,
    w: 11.7,
    h: 1.2,
    fontSize: 36,
    bold: true,
    fontFace: FONT,
    color: '12355B',
  });
  cover.addText(`${generatedLine(deck.generatedAt)}　共 ${deck.items.length} 幅图表`, {
    x: 0.8,
    y: 3.7,
    w: 11.7,
    h: 0.6,
    fontSize: 16,
    fontFace: FONT,
    color: GREY,
  });
  cover.addText(deck.items.map((item, i) => `图${i + 1}　${item.title}`).join('\n'), {
    x: 0.8,
    y: 4.5,
    w: 11.7,
    h: 2.4,
    fontSize: 12,
    fontFace: FONT,
    color: '1F2933',
    valign: 'top',
  });

  deck.items.forEach((item, index) => {
    const { header, rows } = printedCells(item.table);
    const tableRows = (slice: string[][]) => [
      header.map((text) => ({ text, options: { bold: true, fill: { color: 'E7EFFB' } } })),
      ...slice.map((row) =>
        row.map((text, c) => ({ text, options: { align: c === 0 ? 'left' : 'right' } as const })),
      ),
    ];
    const tableOptions = (w: number) => ({
      x: 0,
      y: 1.25,
      w,
      fontSize: header.length > 6 ? 8 : 10,
      fontFace: FONT,
      border: { type: 'solid' as const, pt: 0.5, color: 'CBD2D9' },
      margin: 0.04,
    });
    const [first, ...rest] = chunkRows(rows, ROWS_PER_SLIDE);
    const slide = pptx.addSlide();
    slide.addText(`图${index + 1}　${item.title}`, {
      x: 0.4,
      y: 0.25,
      w: 12.5,
      h: 0.6,
      fontSize: 24,
      bold: true,
      fontFace: FONT,
      color: '1F2933',
    });
    slide.addText(item.subtitle, {
      x: 0.4,
      y: 0.8,
      w: 12.5,
      h: 0.35,
      fontSize: 12,
      fontFace: FONT,
      color: GREY,
    });
    const image = deck.images[index];
    if (image !== undefined) slide.addImage({ data: image, x: 0.4, y: 1.25, w: 7.6, h: 4.275 });
    slide.addText(item.summary.join(''), {
      x: 0.4,
      y: 5.6,
      w: 7.6,
      h: 1.2,
      fontSize: 12,
      fontFace: FONT,
      color: '1F2933',
      valign: 'top',
    });
    slide.addTable(tableRows(first ?? []), { ...tableOptions(4.75), x: 8.2 });
    const source = itemSource(item);
    const notes = [source.line, ...source.notes].join('；');
    slide.addText(notes, { x: 0.4, y: 6.85, w: 12.5, h: 0.45, fontSize: 9, fontFace: FONT, color: GREY });
    chunkRows(rest.flat(), ROWS_PER_TABLE_SLIDE).forEach((slice) => {
      if (slice.length === 0) return;
      const more = pptx.addSlide();
      more.addText(`图${index + 1}　${item.title}（数据续）`, {
        x: 0.4,
        y: 0.25,
        w: 12.5,
        h: 0.6,
        fontSize: 20,
        bold: true,
        fontFace: FONT,
      });
      more.addTable(tableRows(slice), { ...tableOptions(12.5), x: 0.4 });
    });
  });

  const sources = pptx.addSlide();
  sources.addText('数据来源与说明', {
    x: 0.6,
    y: 0.4,
    w: 12,
    h: 0.7,
    fontSize: 26,
    bold: true,
    fontFace: FONT,
    color: '1F2933',
  });
  const lines = deck.items.map((item, i) =>
    [
      `图${i + 1}　${item.title}：${itemSource(item).line.replace(/^数据来源：/, '')}`,
      ...itemSource(item).notes,
    ].join('；'),
  );
  lines.push(
    '数字取自各单位公开发布的政府信息公开工作年度报告，经自动识别与核对；比率在分母为零或缺失时记为“无法计算”。',
  );
  sources.addText(lines.join('\n'), {
    x: 0.6,
    y: 1.3,
    w: 12.1,
    h: 5.6,
    fontSize: 12,
    fontFace: FONT,
    color: '1F2933',
    valign: 'top',
    paraSpaceAfter: 6,
  });

  const blob = await pptx.write({ outputType: 'blob', compression: true });
  if (!(blob instanceof Blob)) throw new Error('pptxgenjs did not return a Blob');
  return blob;
}
