import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontsUsedFor, type Harness, REPO_ROOT, SCREENSHOT_DIR, startHarness } from './harness.ts';

const SAMPLE = path.join(REPO_ROOT, 'data', 'reports', 'real', 'songxian-2020-zfb.txt');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness([SAMPLE], CHROMIUM);
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

/** The sample's printed 规范性文件 row, read with a plain regex (independent of the parser). */
async function printedNormativeMade(): Promise<number> {
  const text = await readFile(SAMPLE, 'utf8');
  const match = /^规范性文件\t(\d+)/m.exec(text);
  if (!match?.[1]) throw new Error('规范性文件 row not found in the sample');
  return Number(match[1]);
}

describe('趋势 page in headless Chromium', () => {
  it("draws a line whose point sits at the sample's value, with Chinese text rendered", async () => {
    const expected = await printedNormativeMade();
    const page = await harness.newPage();
    await page.goto(`${harness.url}/trends?metric=t2.normative.made`);
    const dot = page.locator('[data-testid="trend-chart"] .recharts-line-dots circle').first();
    await dot.waitFor({ state: 'attached', timeout: 15_000 });

    // Read the value back from the drawing itself: the dot's y against the y-axis tick positions.
    const geometry = await page.evaluate(() => {
      const chart = document.querySelector('[data-testid="trend-chart"]');
      const circle = chart?.querySelector('.recharts-line-dots circle');
      const ticks = [
        ...(chart?.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value') ?? []),
      ].map((t) => ({ y: Number(t.getAttribute('y')), label: t.textContent ?? '' }));
      return { cy: Number(circle?.getAttribute('cy')), ticks };
    });
    const numeric = geometry.ticks
      .map((t) => ({ y: t.y, value: Number(t.label.replace(/[^\d.-]/g, '')) }))
      .filter((t) => Number.isFinite(t.value) && Number.isFinite(t.y));
    expect(numeric.length).toBeGreaterThanOrEqual(2);
    const [a, b] = [numeric[0], numeric[numeric.length - 1]];
    if (!a || !b) throw new Error('no y ticks');
    const valueAtDot = a.value + ((geometry.cy - a.y) * (b.value - a.value)) / (b.y - a.y);
    expect(valueAtDot).toBeCloseTo(expected, 1);

    // The table view under the chart prints the same number with its unit.
    await expect
      .poll(() => page.locator('[data-testid="trend-table"]').textContent())
      .toContain(`${expected} 件`);
    await expect
      .poll(() => page.locator('[data-testid="trend-table"]').textContent())
      .toContain('嵩县人民政府办公室');

    // Chinese glyphs come from a CJK font, not tofu boxes.
    const fonts = await fontsUsedFor(page, 'nav a');
    expect(fonts.some((f) => /CJK|Noto Sans SC|Noto Serif CJK/i.test(f.familyName) && f.glyphCount > 0)).toBe(
      true,
    );
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'trends.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('lists the sample on 报告 and opens it', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.url}/reports`);
    const row = page.getByText('嵩县人民政府办公室').first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();
    await page.waitForURL(/\/reports\/\d+$/);
    await expect.poll(() => page.locator('body').textContent()).toContain('2020');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'report-detail.png'), fullPage: true });
    await page.close();
  }, 60_000);
});
