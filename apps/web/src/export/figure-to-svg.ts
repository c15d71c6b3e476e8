import type { ChartDrawing } from './frame-svg.ts';
import { escapeXml } from './text-fit.ts';

/** Properties copied from the computed style, so the drawing needs no stylesheet. */
const PAINT = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'fill-opacity',
  'stroke-opacity',
];
const TYPE = ['font-size', 'font-weight', 'text-anchor'];
const SHAPES = new Set(['path', 'line', 'rect', 'circle', 'ellipse', 'polyline', 'polygon', 'text', 'tspan']);

/** A drawing plus every character it draws (for the font subset). */
export interface CapturedDrawing extends ChartDrawing {
  text: string;
}

function bakeStyles(original: Element, clone: Element): void {
  const sources = [original, ...original.querySelectorAll('*')];
  const targets = [clone, ...clone.querySelectorAll('*')];
  const hidden: Element[] = [];
  sources.forEach((source, i) => {
    const target = targets[i];
    if (target === undefined) return;
    const style = getComputedStyle(source);
    if (style.display === 'none' || style.visibility === 'hidden') {
      hidden.push(target);
      return;
    }
    const tag = source.tagName.toLowerCase();
    if (SHAPES.has(tag)) {
      for (const name of PAINT) target.setAttribute(name, style.getPropertyValue(name));
      if (tag === 'text' || tag === 'tspan')
        for (const name of TYPE) target.setAttribute(name, style.getPropertyValue(name));
    }
    // The frame sets one font family for all text; page classes and inline styles mean nothing there.
    target.removeAttribute('font-family');
    target.removeAttribute('style');
    target.removeAttribute('class');
  });
  for (const element of hidden) element.remove();
}

/**
 * Serialises what a chart figure draws into SVG markup of its own: each top-level <svg> (the plot and
 * the legend icons) with its computed paint baked in, and the legend's HTML labels as <text>. The
 * tooltip and the figure's caption are left out (the frame has its own title).
 */
export function figureToSvg(figure: Element): CapturedDrawing {
  const origin = figure.getBoundingClientRect();
  const parts: { markup: string; box: DOMRect }[] = [];
  let text = '';
  const outside = (el: Element) => el.closest('.recharts-tooltip-wrapper, figcaption') !== null;

  for (const svg of figure.querySelectorAll('svg')) {
    if (svg.parentElement?.closest('svg') || outside(svg)) continue;
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const clone = svg.cloneNode(true) as SVGSVGElement;
    bakeStyles(svg, clone);
    clone.setAttribute('x', (box.left - origin.left).toFixed(2));
    clone.setAttribute('y', (box.top - origin.top).toFixed(2));
    clone.setAttribute('width', box.width.toFixed(2));
    clone.setAttribute('height', box.height.toFixed(2));
    clone.setAttribute('overflow', 'visible');
    parts.push({ markup: new XMLSerializer().serializeToString(clone), box });
    text += svg.textContent ?? '';
  }

  for (const label of figure.querySelectorAll('.recharts-legend-item-text')) {
    if (outside(label)) continue;
    const box = label.getBoundingClientRect();
    const style = getComputedStyle(label);
    const size = Number.parseFloat(style.fontSize) || 14;
    const content = label.textContent ?? '';
    // The baseline of a single line of CJK text: centred in its box, ascent about 0.88 em.
    const baseline = box.top - origin.top + (box.height - size) / 2 + size * 0.88;
    parts.push({
      markup: `<text x="${(box.left - origin.left).toFixed(2)}" y="${baseline.toFixed(2)}" font-size="${size}" fill="${style.color}">${escapeXml(content)}</text>`,
      box,
    });
    text += content;
  }

  if (parts.length === 0) return { markup: '', width: origin.width || 1, height: origin.height || 1, text };
  // Crop to what is drawn, so a caption left out leaves no gap.
  const top = Math.min(...parts.map((p) => p.box.top)) - origin.top;
  const left = Math.min(...parts.map((p) => p.box.left)) - origin.left;
  const right = Math.max(...parts.map((p) => p.box.right)) - origin.left;
  const bottom = Math.max(...parts.map((p) => p.box.bottom)) - origin.top;
  return {
    markup: `<g transform="translate(${(-left).toFixed(2)} ${(-top).toFixed(2)})">${parts.map((p) => p.markup).join('')}</g>`,
    width: Math.max(1, right - left),
    height: Math.max(1, bottom - top),
    text,
  };
}
