import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importLedgerPaths } from '@nianbao/db';
import type { LedgerRankingDto, SeriesResultDto } from '@nianbao/schema';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNumber, tableTexts } from './chart-reading.ts';
import { DEMO_DIR, readDemoManifest } from './demo-manifest.ts';
import { decodePng, download, parseCsv, pdfPages } from './export-files.ts';
import { type Harness, REPO_ROOT, SCREENSHOT_DIR, startHarness } from './harness.ts';

const SAMPLE = path.join(REPO_ROOT, 'data', 'reports', 'real', 'songxian-2020-zfb.txt');
const LEDGER = path.join(REPO_ROOT, 'data', 'ledger', 'demo-ledger-2024.csv');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The city the demo corpus covers. */
const CITY = '410300';
const METRIC = 'd.applications.received';

let harness: Harness;

beforeAll(async () => {
  if (readDemoManifest() === undefined) throw new Error(`the demo corpus is missing: ${DEMO_DIR}`);
  harness = await startHarness(
    [
      { paths: [SAMPLE], source: 'real', strict: true },
      { paths: [DEMO_DIR], source: 'demo', strict: false },
    ],
    CHROMIUM,
  );
  const ledger = await importLedgerPaths(harness.store, [LEDGER], { source: 'demo' });
  if (ledger.errors.length > 0) throw new Error(`ledger import failed: ${JSON.stringify(ledger.errors)}`);
}, 300_000);

afterAll(async () => {
  await harness?.close();
});

async function api<T>(pathAndQuery: string): Promise<T> {
  const response = await fetch(`${harness.url}/api${pathAndQuery}`);
  if (!response.ok) throw new Error(`${pathAndQuery}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Opens the 导出 menu under the nth chart of the page and picks a size. */
async function openMenu(page: Page, nth = 0, size: '16:9 幻灯片' | 'A4 半页' = '16:9 幻灯片') {
  const menu = page.locator('[data-testid=chart-export]').nth(nth);
  if (!(await menu.locator('details').evaluate((d) => (d as HTMLDetailsElement).open))) {
    await menu.locator('summary').click();
  }
  await menu.getByLabel(size, { exact: false }).check();
  return menu;
}

/** Pages of this suite record CSP violations (the exports draw images and fonts from data: URLs). */
async function watchedPage(options?: { width?: number; height?: number }) {
  const page = await harness.newPage(options);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return page;
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

async function trendsPage() {
  const page = await watchedPage();
  await page.goto(`${harness.url}/trends?metric=${METRIC}&area=${CITY}`);
  await page
    .locator('[data-testid=trend-chart] .recharts-line-dots circle')
    .first()
    .waitFor({ timeout: 20_000 });
  return page;
}

describe('chart exports', () => {
  it('exports a trend as a 1600×900 PNG on white with ink in the title, plot and source bands', async () => {
    const page = await trendsPage();
    const menu = await openMenu(page);
    const file = await download(page, () => menu.locator('[data-export=png]').click());
    expect(file.name).toMatch(/\.png$/);
    const png = decodePng(file.bytes);
    expect([png.width, png.height]).toEqual([1600, 900]);
    // Corners are the white background, not transparency.
    expect(png.pixel(2, 2)).toEqual([255, 255, 255, 255]);
    expect(png.pixel(1597, 897)).toEqual([255, 255, 255, 255]);
    // Bands at 2×: title 0–90, plot 160–700, source line in the bottom 80 pixels.
    expect(png.ink(48, 40, 1552, 90)).toBeGreaterThan(0.02);
    expect(png.ink(48, 160, 1552, 700)).toBeGreaterThan(0.01);
    expect(png.ink(48, 820, 1552, 900)).toBeGreaterThan(0.005);
    await writeFile(path.join(SCREENSHOT_DIR, 'export-trend-slide.png'), file.bytes);

    const a4 = await openMenu(page, 0, 'A4 半页');
    const half = decodePng((await download(page, () => a4.locator('[data-export=png]').click())).bytes);
    expect([half.width, half.height]).toEqual([1600, 1132]);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('keeps the export size whatever the window, and the frame names source, demo data and date', async () => {
    const page = await watchedPage({ width: 700, height: 700 });
    await page.goto(`${harness.url}/trends?metric=${METRIC}&area=${CITY}`);
    await page
      .locator('[data-testid=trend-chart] .recharts-line-dots circle')
      .first()
      .waitFor({ timeout: 20_000 });
    const menu = await openMenu(page);
    const svg = (await download(page, () => menu.locator('[data-export=svg]').click())).bytes.toString(
      'utf8',
    );
    const during = await violations(page);
    // Parsed in a page of its own: the dashboard's CSP rightly reports the SVG's <style> element.
    await page.goto('about:blank');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        size: [root.getAttribute('width'), root.getAttribute('height')],
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        font: doc.querySelector('style')?.textContent?.includes('@font-face') ?? false,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.size).toEqual(['800', '450']);
    expect(parsed.font).toBe(true);
    const texts = parsed.texts.join('\n');
    const { metrics } = await api<{ metrics: { code: string; labelZh: string }[] }>('/metrics');
    const label = metrics.find((m) => m.code === METRIC)?.labelZh ?? METRIC;
    const series = await api<SeriesResultDto>(`/series?metric=${METRIC}&region=${CITY}`);
    const cityName = series.regions[0]?.regionName ?? '';
    expect(texts).toContain(`${label}（件）`);
    expect(texts).toContain(cityName);
    expect(texts).toMatch(/数据来源：\d+ 份政府信息公开工作年度报告，统计年度 \d{4}—\d{4} 年/);
    expect(texts).toContain('演示数据');
    expect(texts).toMatch(/生成日期：\d{4}-\d{2}-\d{2}/);
    expect(during).toEqual([]);
    await page.close();
  });

  it('exports as CSV and Excel exactly the series the chart and its table show', async () => {
    const page = await trendsPage();
    const shown = await tableTexts(page, '[data-testid=trend-table]');
    const menu = await openMenu(page);
    const csv = parseCsv(
      (await download(page, () => menu.locator('[data-export=csv]').click())).bytes.toString('utf8'),
    );
    const [header, ...rows] = csv;
    const [shownHeader, ...shownRows] = shown;
    expect(header?.[0]).toBe('年度');
    expect(header?.slice(1)).toEqual(shownHeader?.slice(1).map((name) => `${name}（件）`));
    expect(rows.map((r) => r.map((c) => (c === '' ? null : Number(c))))).toEqual(
      shownRows.map((r) => r.map((c, i) => (i === 0 ? Number(c) : readNumber(c.replace(/（.*$/, ''))))),
    );

    const xlsx = await download(page, () => menu.locator('[data-export=xlsx]').click());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const cells: (string | number | null)[][] = [];
    sheet?.eachRow({ includeEmpty: true }, (row) => {
      cells.push(header?.map((_, i) => (row.getCell(i + 1).value as string | number | null) ?? null) ?? []);
    });
    expect(cells[0]).toEqual(header);
    expect(cells.slice(1)).toEqual(rows.map((r) => r.map((c) => (c === '' ? null : Number(c)))));
    await page.close();
  });
});

describe('overview summary', () => {
  it("says in a sentence what the city's cards show, from the same series", async () => {
    const series = await api<SeriesResultDto>(`/series?metric=${METRIC}&region=${CITY}`);
    const points = series.regions[0]?.points ?? [];
    const year = Math.max(...points.filter((p) => p.value !== null).map((p) => p.year));
    const received = points.find((p) => p.year === year)?.value;
    const page = await watchedPage();
    await page.goto(`${harness.url}/?region=${CITY}&year=${year}`);
    const summary = page.locator('[data-testid=overview-summary]');
    await summary.waitFor({ timeout: 20_000 });
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain(
      `${year}年${series.regions[0]?.regionName}共收到政府信息公开申请${received?.toLocaleString('zh-CN')}件`,
    );
    expect(text).toMatch(/行政复议纠错率(为\d+(\.\d)?%|无法计算)。$/);
    await page.close();
  });
});

describe('ledger chart export', () => {
  it('names the 报送 ledger as its source, warns of demo data, and exports the months drawn', async () => {
    const ranking = await api<LedgerRankingDto>('/ledger/rankings?scope=ytd');
    const unit = ranking.rows[0];
    if (unit === undefined) throw new Error('the demo ledger has no units');
    const page = await harness.newPage();
    await page.goto(`${harness.url}/rankings/ledger?unit=${unit.agencyId}`);
    await page
      .locator('[data-testid=ledger-trend] .recharts-bar-rectangle')
      .first()
      .waitFor({ timeout: 20_000 });
    const summary = await page.locator('[data-testid=chart-summary]').textContent();
    expect(summary).toContain(`${unit.agencyName}共报送政务信息`);
    const menu = await openMenu(page);
    const csv = parseCsv(
      (await download(page, () => menu.locator('[data-export=csv]').click())).bytes.toString('utf8'),
    );
    expect(csv[0]).toEqual(['月份', '报送（条）', '采用（条）', '采用率（%）']);
    expect(csv.slice(1).map((row) => row[0])).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}月`));
    const submitted = csv.slice(1).reduce((sum, row) => sum + Number(row[1] ?? 0), 0);
    expect(submitted).toBe(unit.submitted);
    const svg = (await download(page, () => menu.locator('[data-export=svg]').click())).bytes.toString(
      'utf8',
    );
    expect(svg).toContain('数据来源：政务信息报送台账');
    expect(svg).toContain('演示数据');
    expect(svg).toContain(unit.agencyName);
    await page.close();
  });
});

/** Renders an SVG document in a page and returns the PNG screenshot of it. */
async function renderSvg(browser: Browser, svg: string, width: number, height: number): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width, height } });
  try {
    await page.setContent(
      `<body style="margin:0"><img id="svg" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`,
    );
    await page.locator('#svg').evaluate((img) => (img as HTMLImageElement).decode());
    return await page.screenshot({ clip: { x: 0, y: 0, width, height } });
  } finally {
    await page.close();
  }
}

describe('Chinese text of an exported SVG on a machine without CJK fonts', () => {
  let bare: Browser;
  beforeAll(async () => {
    // A fontconfig that knows DejaVu only: no system font has a single Chinese glyph.
    const dir = await mkdtemp(path.join(tmpdir(), 'nianbao-fonts-'));
    const conf = path.join(dir, 'fonts.conf');
    await writeFile(
      conf,
      `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${dir}/cache</cachedir></fontconfig>`,
    );
    bare = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
      env: { ...process.env, FONTCONFIG_FILE: conf },
    });
  });
  afterAll(async () => {
    await bare?.close();
  });

  it('draws distinct glyphs from the embedded font where the fonts of the machine draw boxes', async () => {
    const page = await trendsPage();
    const menu = await openMenu(page);
    const svg = (await download(page, () => menu.locator('[data-export=svg]').click())).bytes.toString(
      'utf8',
    );
    await page.close();
    const style = /<style>(@font-face\{[^}]*\})/.exec(svg)?.[1];
    expect(style).toBeDefined();
    // Two characters of the exported title, each alone in an SVG with the export's own font rule.
    const glyph = async (char: string, fontCss: string) => {
      const doc = `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="80"><style>${fontCss}text{font-family:NianbaoExport;}</style><rect width="80" height="80" fill="#fff"/><text x="8" y="64" font-size="64">${char}</text></svg>`;
      const png = decodePng(await renderSvg(bare, doc, 80, 80));
      return { ink: png.ink(0, 0, 80, 80), bytes: await renderSvg(bare, doc, 80, 80) };
    };
    const [first, second] = ['申', '请'];
    if (!svg.includes(first ?? '') || !svg.includes(second ?? ''))
      throw new Error('the title lacks 申 and 请');
    // Without the embedded font this browser has no CJK glyph: both characters come out the same box.
    const boxA = await glyph(first ?? '', '');
    const boxB = await glyph(second ?? '', '');
    expect(boxA.bytes.equals(boxB.bytes)).toBe(true);
    // With it, each is drawn as itself: inked, and different from the other.
    const a = await glyph(first ?? '', style ?? '');
    const b = await glyph(second ?? '', style ?? '');
    expect(a.ink).toBeGreaterThan(0.03);
    expect(b.ink).toBeGreaterThan(0.03);
    expect(a.bytes.equals(b.bytes)).toBe(false);
    expect(a.bytes.equals(boxA.bytes)).toBe(false);
    // The whole export renders there too, with ink in its title band.
    const shot = decodePng(await renderSvg(bare, svg, 800, 450));
    expect(shot.ink(24, 15, 776, 45)).toBeGreaterThan(0.02);
    await writeFile(
      path.join(SCREENSHOT_DIR, 'export-svg-without-cjk-fonts.png'),
      await renderSvg(bare, svg, 800, 450),
    );
  });

  it('exports the same PNG title from the dashboard in that browser as in one with the fonts', async () => {
    const exported = async (page: Page) => {
      await page.goto(`${harness.url}/trends?metric=${METRIC}&area=${CITY}`);
      await page
        .locator('[data-testid=trend-chart] .recharts-line-dots circle')
        .first()
        .waitFor({ timeout: 20_000 });
      const menu = await openMenu(page);
      return decodePng((await download(page, () => menu.locator('[data-export=png]').click())).bytes);
    };
    const plain = await bare.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const fromBare = await exported(plain);
    await plain.close();
    const full = await trendsPage();
    const fromFull = await exported(full);
    await full.close();
    // The title band (2×: y 30–90) drawn with the embedded subset matches the system font's drawing;
    // boxes in place of glyphs would not.
    let same = 0;
    let inked = 0;
    for (let y = 30; y < 90; y++) {
      for (let x = 48; x < 800; x++) {
        const a = fromBare.pixel(x, y);
        const b = fromFull.pixel(x, y);
        if ((a[0] ?? 255) >= 200 && (b[0] ?? 255) >= 200) continue;
        inked++;
        if (a.every((v, i) => Math.abs(v - (b[i] ?? 0)) < 40)) same++;
      }
    }
    expect(inked).toBeGreaterThan(1000);
    expect(same / inked).toBeGreaterThan(0.9);
  });
});

/** The XML of every part of a zip whose name matches. */
function parts(zip: Record<string, Uint8Array>, pattern: RegExp) {
  return Object.entries(zip)
    .filter(([name]) => pattern.test(name))
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
}

describe('简报', () => {
  it('pins charts from several pages, reorders and retitles them, and makes a PPTX and an A4 PDF', async () => {
    const page = await trendsPage();
    await (await openMenu(page)).locator('[data-export=pin]').click();
    await page.getByText('已加入简报').waitFor();

    await page.goto(`${harness.url}/review?region=${CITY}`);
    await page
      .locator('[data-testid=case-bars-review] .recharts-bar-rectangle')
      .first()
      .waitFor({ timeout: 20_000 });
    await (await openMenu(page, 0)).locator('[data-export=pin]').click();
    await page.getByText('已加入简报').waitFor();

    await page.goto(`${harness.url}/compare?region=${CITY}`);
    await page
      .locator('[data-testid=compare-bars] .recharts-bar-rectangle')
      .first()
      .waitFor({ timeout: 20_000 });
    const compareSummary = await page.locator('[data-testid=chart-summary]').first().textContent();
    // Every chart (main bars, outcomes, six small multiples) has its own size choice, one checked each.
    const menus = await page.locator('[data-testid=chart-export]').count();
    expect(menus).toBe(8);
    expect(await page.locator('[data-testid=chart-export] input[type=radio]:checked').count()).toBe(menus);
    await (await openMenu(page, 0)).locator('[data-export=pin]').click();
    await page.getByText('已加入简报').waitFor();
    expect(await page.locator('[data-testid=briefing-link]').textContent()).toBe('简报3');

    await page.locator('[data-testid=briefing-link]').click();
    const entries = page.locator('[data-testid=briefing-entry]');
    await entries.nth(2).waitFor();
    const titles = async () =>
      entries.evaluateAll((items) =>
        items.map((li) => (li.querySelector('input') as HTMLInputElement).value),
      );
    const [trendTitle = '', caseTitle = '', compareTitle = ''] = await titles();
    // The comparison first, then the trend renamed, then the cases.
    await entries.nth(2).getByRole('button', { name: '上移' }).click();
    await entries.nth(1).getByRole('button', { name: '上移' }).click();
    await entries.nth(1).locator('input').fill('图表二：全市申请数变化');
    await entries.nth(1).locator('input').blur();
    expect(await titles()).toEqual([compareTitle, '图表二：全市申请数变化', caseTitle]);
    expect(trendTitle).not.toBe('');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'briefing-page.png'), fullPage: true });

    const pptx = await download(page, () => page.getByRole('button', { name: '生成 PPTX' }).click());
    expect(pptx.name).toMatch(/\.pptx$/);
    const zip = unzipSync(new Uint8Array(pptx.bytes));
    const slides = parts(zip, /^ppt\/slides\/slide\d+\.xml$/).map(([, xml]) => strFromU8(xml));
    expect(slides).toHaveLength(3 + 2);
    const media = parts(zip, /^ppt\/media\/.*\.png$/);
    expect(media).toHaveLength(3);
    for (const [, png] of media)
      expect([decodePng(Buffer.from(png)).width, decodePng(Buffer.from(png)).height]).toEqual([1600, 900]);
    const [cover = '', first = '', second = '', third = '', closing = ''] = slides;
    expect(cover).toContain('政府信息公开工作情况简报');
    expect(first).toContain(compareTitle);
    expect(second).toContain('图表二：全市申请数变化');
    expect(third).toContain(caseTitle);
    for (const slide of [first, second, third]) {
      expect(slide).toContain('<a:tbl>');
      expect(slide).toContain('<p:pic>');
    }
    // The table holds the numbers and the summary the page showed.
    expect(first).toContain((compareSummary ?? '').slice(0, 12));
    expect(closing).toContain('数据来源与说明');
    expect(closing).toContain('演示数据');

    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: '导出 PDF（A4 打印）' }).click();
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1, undefined, {
      timeout: 60_000,
    });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const rendered = await pdfPages(pdf);
    expect(rendered).toHaveLength(3 + 2);
    const cover2 = decodePng(await readFile(rendered[0] ?? ''));
    expect(cover2.ink(0, 0, cover2.width, cover2.height)).toBeGreaterThan(0.001);
    await writeFile(path.join(SCREENSHOT_DIR, 'briefing-pdf.pdf'), pdf);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
