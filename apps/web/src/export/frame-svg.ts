import type { ExportSize } from './export-sizes.ts';
import { escapeXml, fitText, wrapText } from './text-fit.ts';

/** The family every exported text is set in: the embedded subset first, then common CJK fonts. */
export const EXPORT_FONT_FAMILY =
  "NianbaoExport, 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

/** A chart drawing in its own coordinates (nested <svg> elements and texts). */
export interface ChartDrawing {
  markup: string;
  width: number;
  height: number;
}

/** What the frame around a chart says. */
export interface FrameText {
  title: string;
  subtitle: string;
  unit: string;
  source: string;
  generated: string;
  notes: readonly string[];
}

const PAD = 24;
const TITLE = 22;
const SUBTITLE = 13;
const SMALL = 11;
const LINE = 16;

/** Where the bands of a frame lie: title and subtitle on top, the plot, then source and notes. */
export function frameLayout(size: ExportSize, noteLines: number) {
  const footer = 14 + LINE * (1 + noteLines);
  const plotTop = 78;
  return {
    title: { x: PAD, y: 38 },
    subtitle: { x: PAD, y: 62 },
    plot: { x: PAD, y: plotTop, width: size.width - 2 * PAD, height: size.height - plotTop - footer - 8 },
    rule: { y: size.height - footer },
    footer: { x: PAD, y: size.height - footer + LINE + 2 },
  };
}

/** Where a drawing goes in the plot: scaled down (never up) to fit, centred across. */
export function placeDrawing(
  plot: { x: number; y: number; width: number; height: number },
  drawing: ChartDrawing,
) {
  const scale = Math.min(1, plot.width / drawing.width, plot.height / drawing.height);
  const width = drawing.width * scale;
  const height = drawing.height * scale;
  return { x: plot.x + (plot.width - width) / 2, y: plot.y + (plot.height - height) / 2, scale };
}

const text = (x: number, y: number, size: number, fill: string, content: string, extra = '') =>
  `<text x="${x}" y="${y}" font-size="${size}" fill="${fill}"${extra}>${escapeXml(content)}</text>`;

/**
 * A standalone SVG document: white background, title, filter subtitle and unit, the chart, then
 * the source line, generation date and warnings. `fontCss` embeds the font (an @font-face rule).
 */
export function frameSvg(size: ExportSize, frame: FrameText, drawing: ChartDrawing, fontCss = ''): string {
  const inner = size.width - 2 * PAD;
  const notes = frame.notes.flatMap((note) => wrapText(`⚠ ${note}`, inner, SMALL, 2));
  const layout = frameLayout(size, notes.length);
  const place = placeDrawing(layout.plot, drawing);
  const unitLabel = frame.unit === '' ? '' : `单位：${frame.unit}`;
  const unitWidth = unitLabel === '' ? 0 : unitLabel.length * SUBTITLE + 8;
  const parts = [
    `<rect width="${size.width}" height="${size.height}" fill="#ffffff"/>`,
    text(
      layout.title.x,
      layout.title.y,
      TITLE,
      '#1f2933',
      fitText(frame.title, inner, TITLE),
      ' font-weight="bold"',
    ),
    text(
      layout.subtitle.x,
      layout.subtitle.y,
      SUBTITLE,
      '#52606d',
      fitText(frame.subtitle, inner - unitWidth, SUBTITLE),
    ),
    unitLabel === ''
      ? ''
      : text(size.width - PAD, layout.subtitle.y, SUBTITLE, '#52606d', unitLabel, ' text-anchor="end"'),
    `<g class="plot" transform="translate(${place.x.toFixed(2)} ${place.y.toFixed(2)}) scale(${place.scale.toFixed(4)})">${drawing.markup}</g>`,
    `<line x1="${PAD}" x2="${size.width - PAD}" y1="${layout.rule.y}" y2="${layout.rule.y}" stroke="#cbd2d9" stroke-width="1"/>`,
    text(layout.footer.x, layout.footer.y, SMALL, '#52606d', fitText(frame.source, inner - 150, SMALL)),
    text(size.width - PAD, layout.footer.y, SMALL, '#52606d', frame.generated, ' text-anchor="end"'),
    ...notes.map((note, i) =>
      text(layout.footer.x, layout.footer.y + LINE * (i + 1), SMALL, '#b35c00', note),
    ),
  ];
  const style = `${fontCss}text{font-family:${EXPORT_FONT_FAMILY};}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}">`,
    `<style>${style}</style>`,
    ...parts.filter((p) => p !== ''),
    '</svg>',
  ].join('\n');
}

/** Every character the frame draws besides the chart (for the font subset). */
export function frameCharacters(frame: FrameText): string {
  return [
    frame.title,
    frame.subtitle,
    frame.unit,
    '单位：…⚠',
    frame.source,
    frame.generated,
    ...frame.notes,
  ].join('');
}
