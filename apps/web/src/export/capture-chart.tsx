import { createRoot } from 'react-dom/client';
import { ChartView } from './chart-view.tsx';
import type { ChartSpec } from './export-item.ts';
import { type CapturedDrawing, figureToSvg } from './figure-to-svg.ts';

/** Thrown when a chart did not finish drawing off screen. */
export class CaptureError extends Error {
  override readonly name = 'CaptureError';
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Waits until the host holds a drawn chart whose size stopped changing for two frames. */
async function settled(host: HTMLElement, timeoutMs: number): Promise<Element> {
  const deadline = performance.now() + timeoutMs;
  let last = '';
  let steady = 0;
  while (performance.now() < deadline) {
    await nextFrame();
    const surface = host.querySelector('.recharts-surface');
    const figure = host.firstElementChild;
    if (surface === null || figure === null) continue;
    const box = figure.getBoundingClientRect();
    const key = `${surface.getAttribute('width')}x${surface.getAttribute('height')}/${box.width}x${box.height}`;
    steady = key === last && Number(surface.getAttribute('width')) > 0 ? steady + 1 : 0;
    last = key;
    if (steady >= 2) return figure;
  }
  throw new CaptureError('图表未能在限定时间内完成绘制');
}

/**
 * Draws a chart off screen at a fixed width (whatever the window's size) with every animation and
 * transition off, and serialises it to SVG markup.
 */
export async function captureChart(spec: ChartSpec, title: string, width: number): Promise<CapturedDrawing> {
  const host = document.createElement('div');
  host.className = 'export-capture';
  host.setAttribute('aria-hidden', 'true');
  host.style.width = `${Math.round(width)}px`;
  document.body.append(host);
  const root = createRoot(host);
  try {
    root.render(<ChartView spec={spec} title={title} />);
    return figureToSvg(await settled(host, 8000));
  } finally {
    root.unmount();
    host.remove();
  }
}
