import type { Page } from 'playwright-core';

/**
 * Reads back the value a line-chart dot stands for from the drawing itself: the dot's y against the
 * y-axis tick positions and labels, as a person reading the chart would.
 */
export async function dotValues(page: Page, chartSelector: string): Promise<number[]> {
  const geometry = await page.evaluate((selector) => {
    const chart = document.querySelector(selector);
    const dots = [...(chart?.querySelectorAll('.recharts-line-dots circle') ?? [])].map((c) =>
      Number(c.getAttribute('cy')),
    );
    const ticks = [
      ...(chart?.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value') ?? []),
    ].map((t) => ({ y: Number(t.getAttribute('y')), label: t.textContent ?? '' }));
    return { dots, ticks };
  }, chartSelector);
  const numeric = geometry.ticks
    .map((t) => ({ y: t.y, value: Number(t.label.replace(/[^\d.-]/g, '')) }))
    .filter((t) => Number.isFinite(t.value) && Number.isFinite(t.y));
  const a = numeric[0];
  const b = numeric.at(-1);
  if (a === undefined || b === undefined || a.y === b.y) throw new Error('the chart has no readable y axis');
  return geometry.dots.map((cy) => a.value + ((cy - a.y) * (b.value - a.value)) / (b.y - a.y));
}

/** Text of every cell of a table, row by row (header row included). */
export async function tableTexts(page: Page, selector: string): Promise<string[][]> {
  return page.evaluate(
    (sel) =>
      [...(document.querySelector(sel)?.querySelectorAll('tr') ?? [])].map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim()),
      ),
    selector,
  );
}

/** A printed figure back to a number: `3,925 件` → 3925, `49.6%` → 49.6, `—` → null. */
export function readNumber(text: string | null | undefined): number | null {
  const match = /-?[\d,]+(\.\d+)?/.exec(text ?? '');
  return match === null ? null : Number(match[0].replaceAll(',', ''));
}
