import { captureChart } from './capture-chart.tsx';
import { embeddedFontCss } from './export-api.ts';
import type { ExportItem } from './export-item.ts';
import { EXPORT_SCALE, type ExportSize } from './export-sizes.ts';
import { type FrameText, frameCharacters, frameLayout, frameSvg } from './frame-svg.ts';
import { generatedLine, itemSource } from './source-line.ts';

/** The frame's text for an item. */
export function frameText(item: ExportItem): FrameText {
  return {
    title: item.title,
    subtitle: item.subtitle,
    unit: item.unit,
    source: itemSource(item).line,
    generated: generatedLine(item.generatedAt),
    notes: itemSource(item).notes,
  };
}

/**
 * The item as a standalone SVG at a fixed size: the chart drawn off screen for the plot area (wider
 * when it is tall, so that scaling down keeps the whole chart), framed, with its font embedded.
 */
export async function exportSvg(item: ExportItem, size: ExportSize): Promise<string> {
  const frame = frameText(item);
  // Notes wrap at most to two lines each; the plot is measured with the most they can take.
  const plot = frameLayout(size, frame.notes.length * 2).plot;
  let drawing = await captureChart(item.chart, item.title, plot.width);
  if (drawing.height > plot.height * 1.02) {
    const wider = Math.min(plot.width * 3, (plot.width * drawing.height) / plot.height);
    drawing = await captureChart(item.chart, item.title, wider);
  }
  const fontCss = await embeddedFontCss(`${frameCharacters(frame)}${drawing.text}0123456789.,%—`);
  return frameSvg(size, frame, drawing, fontCss);
}

/** An SVG document as a data: URL (the page's CSP allows data: images, not blob: ones). */
export function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** Draws an SVG document onto a white canvas at `scale`× and encodes it as PNG. */
export async function svgToPng(svg: string, size: ExportSize, scale = EXPORT_SCALE): Promise<Blob> {
  const image = new Image();
  image.src = svgDataUrl(svg);
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = size.width * scale;
  canvas.height = size.height * scale;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('canvas 2d context unavailable');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob === null ? reject(new Error('PNG encoding failed')) : resolve(blob)),
      'image/png',
    ),
  );
}

/** The item as a PNG at 2× of a fixed size. */
export async function exportPng(item: ExportItem, size: ExportSize): Promise<Blob> {
  return svgToPng(await exportSvg(item, size), size);
}
