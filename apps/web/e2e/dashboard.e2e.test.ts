import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ComparisonDto, RankingDto, SeriesResultDto } from '@nianbao/schema';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dotValues, readNumber, tableTexts } from './chart-reading.ts';
import { DEMO_DIR, type DemoManifest, printedValue, readDemoManifest } from './demo-manifest.ts';
import { fontsUsedFor, type Harness, REPO_ROOT, SCREENSHOT_DIR, startHarness } from './harness.ts';

const SAMPLE = path.join(REPO_ROOT, 'data', 'reports', 'real', 'songxian-2020-zfb.txt');
const UPLOAD = path.join(REPO_ROOT, 'packages', 'parser', 'fixtures', 'anlan-2022-jtj-2021.txt');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The city the demo corpus covers, and the county of the real sample (not in the demo). */
const CITY = '410300';
const SONGXIAN = '410325';

let harness: Harness;
let manifest: DemoManifest;

beforeAll(async () => {
  const demo = readDemoManifest();
  if (demo === undefined) throw new Error(`the demo corpus is missing: ${DEMO_DIR}`);
  manifest = demo;
  harness = await startHarness(
    [
      { paths: [SAMPLE], source: 'real', strict: true },
      // The corpus plants a few unreadable files on purpose; they are counted, not fatal.
      { paths: [DEMO_DIR], source: 'demo', strict: false },
    ],
    CHROMIUM,
  );
}, 300_000);

afterAll(async () => {
  await harness?.close();
});

async function api<T>(pathAndQuery: string): Promise<T> {
  const response = await fetch(`${harness.url}/api${pathAndQuery}`);
  if (!response.ok) throw new Error(`${pathAndQuery}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The sample's printed 规范性文件 row, read with a plain regex (independent of the parser). */
async function printedNormativeMade(): Promise<number> {
  const match = /^规范性文件\t(\d+)/m.exec(await readFile(SAMPLE, 'utf8'));
  if (!match?.[1]) throw new Error('规范性文件 row not found in the sample');
  return Number(match[1]);
}

async function shot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, name), fullPage });
}

/** The latest year with reports in the city, and the city's line for a metric. */
async function cityLine(metric: string) {
  const series = await api<SeriesResultDto>(`/series?metric=${metric}&region=${CITY}`);
  const points = series.regions[0]?.points ?? [];
  const year = Math.max(...points.filter((p) => p.reportCount > 0).map((p) => p.year));
  return { points, year, value: (y: number) => points.find((p) => p.year === y)?.value ?? null };
}

describe('总览', () => {
  it("draws the city's KPIs for the latest year, changes year and region through the URL, and goes back", async () => {
    const received = await cityLine('d.applications.received');
    const page = await harness.newPage();
    await page.goto(`${harness.url}/`);
    const card = page.locator('[data-testid=kpi-card][data-code="d.applications.received"]');
    await card.locator('[data-testid=kpi-value]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid=kpi-card]').count()).toBe(8);
    expect(readNumber(await card.locator('[data-testid=kpi-value]').textContent())).toBe(
      received.value(received.year),
    );
    expect(await card.locator('[data-testid=kpi-value]').textContent()).toContain('件');
    // The change is printed with its unit and the sparkline has one point per year with a value.
    const previous = received.value(received.year - 1);
    const current = received.value(received.year);
    if (previous === null || current === null) throw new Error('the demo city has no two consecutive years');
    expect(await card.locator('[data-testid=kpi-delta]').textContent()).toContain(
      `${current - previous > 0 ? '+' : ''}${current - previous} 件`,
    );
    const sparkPoints = received.points.filter((p) => p.value !== null && p.year <= received.year).length;
    expect(await card.locator('[data-testid=sparkline]').getAttribute('data-points')).toBe(
      String(sparkPoints),
    );
    // The counts agree with the ranking endpoint, which lists every report of the year once.
    const everyReport = await api<RankingDto>(
      `/rankings?metric=d.applications.received&year=${received.year}&region=${CITY}&includeFlagged=true`,
    );
    await expect
      .poll(() => page.locator('[data-testid=report-total]').textContent())
      .toBe(String(everyReport.rows.length));
    expect(await page.locator('[data-testid=flagged-total]').textContent()).toBe(
      String(everyReport.rows.filter((r) => r.flagged).length),
    );
    // Ratios carry a percent sign; no ratio reads 0 for lack of a denominator.
    expect(
      await page.locator('[data-code="d.applications.disclosed_rate"] [data-testid=kpi-value]').textContent(),
    ).toMatch(/%|—/);
    await shot(page, 'overview.png');

    // Year filter: written into the URL, the card follows, Back returns to the latest year.
    const earlier = received.year - 2;
    await page.getByLabel('年度').selectOption(String(earlier));
    await page.waitForURL(new RegExp(`year=${earlier}`));
    await expect
      .poll(async () => readNumber(await card.locator('[data-testid=kpi-value]').textContent()))
      .toBe(received.value(earlier));
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('year='));
    await expect
      .poll(async () => readNumber(await card.locator('[data-testid=kpi-value]').textContent()))
      .toBe(received.value(received.year));

    // Region tree: 嵩县 holds only the real sample, so its 2020 normative documents are the printed ones.
    await page.getByTestId('region-trigger').click();
    await page.getByPlaceholder('搜索地区名称或代码').fill('嵩县');
    await page.getByRole('button', { name: /^嵩县/ }).click();
    await page.waitForURL(new RegExp(`region=${SONGXIAN}`));
    await page.getByLabel('年度').selectOption('2020');
    const normative = page.locator('[data-code="d.normative.issued"] [data-testid=kpi-value]');
    await expect
      .poll(async () => readNumber(await normative.textContent()))
      .toBe(await printedNormativeMade());
    // The sample has no review case at all: the correction rate has no denominator and reads —.
    await expect
      .poll(() =>
        page.locator('[data-code="d.review.correction_rate"] [data-testid=kpi-value]').textContent(),
      )
      .toBe('—');
    await page.close();
  }, 90_000);

  it('is reachable by keyboard with a visible focus ring, and readable on a tablet and on paper', async () => {
    const page = await harness.newPage({ width: 768, height: 1024 });
    await page.goto(`${harness.url}/`);
    await page.locator('[data-testid=kpi-card]').first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      return el === null ? null : { text: el.textContent, outline: getComputedStyle(el).outlineStyle };
    });
    expect(focus?.text).toBe('总览');
    expect(focus?.outline).toBe('solid');
    // Two KPI columns at tablet width, and nothing wider than the screen.
    const layout = await page.evaluate(() => ({
      columns: getComputedStyle(document.querySelector('.kpi-grid') as Element).gridTemplateColumns.split(' ')
        .length,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    }));
    expect(layout.columns).toBe(2);
    expect(layout.overflow).toBeLessThanOrEqual(0);
    await shot(page, 'overview-tablet.png');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('[data-testid=kpi-card]').first().isVisible()).toBe(true);
    await shot(page, 'overview-print.png');
    await page.close();
  }, 60_000);
});

describe('趋势', () => {
  it("draws the sample's value as a dot, in CJK glyphs", async () => {
    const expected = await printedNormativeMade();
    const page = await harness.newPage();
    await page.goto(`${harness.url}/trends?metric=t2.normative.made&area=${SONGXIAN}`);
    await page
      .locator('[data-testid=trend-chart] .recharts-line-dots circle')
      .first()
      .waitFor({ timeout: 20_000 });
    const [value] = await dotValues(page, '[data-testid=trend-chart]');
    expect(value).toBeCloseTo(expected, 1);
    await expect
      .poll(() => page.locator('[data-testid=trend-table]').textContent())
      .toContain(`${expected} 件`);
    const fonts = await fontsUsedFor(page, 'nav a');
    expect(fonts.some((f) => /CJK|Noto Sans SC|Noto Serif CJK/i.test(f.familyName) && f.glyphCount > 0)).toBe(
      true,
    );
    await page.close();
  }, 60_000);

  it("draws an agency's line at the values its files printed, marks the 2021 edition change, and indexes", async () => {
    // An agency reported every year without planted flaws: its files are the truth.
    const byAgency = new Map<string, typeof manifest.files>();
    for (const f of manifest.files) byAgency.set(f.agency, [...(byAgency.get(f.agency) ?? []), f]);
    const [agencyName, files] =
      [...byAgency.entries()].find(
        ([, list]) => list.length >= 6 && list.every((f) => f.flaws.length === 0),
      ) ?? [];
    if (agencyName === undefined || files === undefined)
      throw new Error('no clean agency in the demo corpus');
    const { agencies } = await api<{ agencies: { id: number; name: string }[] }>(
      `/agencies?q=${encodeURIComponent(agencyName)}`,
    );
    const agency = agencies.find((a) => a.name === agencyName);
    if (agency === undefined) throw new Error(`${agencyName} was not imported`);

    const page = await harness.newPage();
    await page.goto(`${harness.url}/trends?metric=t2.normative.made&area=${CITY}&agency=${agency.id}`);
    await page
      .locator('[data-testid=trend-chart] .recharts-line-dots circle')
      .first()
      .waitFor({ timeout: 20_000 });
    const rows = await tableTexts(page, '[data-testid=trend-table]');
    expect(rows[0]).toEqual(['年度', '洛阳市', agencyName]);
    for (const file of files) {
      const row = rows.find((r) => r[0] === String(file.year));
      expect(readNumber(row?.[2])).toBe(printedValue(manifest, file, 't2.normative.made'));
    }
    // 本年新制作数量 (2019 edition) became 本年制发件数 (2021): the break is drawn and explained.
    await page.getByTestId('edition-note').waitFor();
    expect(await page.locator('[data-testid=trend-chart] .recharts-reference-line').count()).toBeGreaterThan(
      0,
    );
    expect(await page.locator('[data-testid=trend-chart]').textContent()).toContain('口径变化');
    await shot(page, 'trends.png');

    await page.getByLabel('指数（首年 = 100）').click();
    await page.waitForURL(/mode=indexed/);
    await expect
      .poll(async () => (await tableTexts(page, '[data-testid=trend-table]'))[1]?.[1])
      .toBe('100 指数');
    await page.close();
  }, 60_000);
});

describe('对比', () => {
  it('draws one bar per sub-region at its value, 100% outcome bars, small multiples; switches to agencies', async () => {
    const { year } = await cityLine('d.applications.received');
    const metric = 'd.applications.received';
    const page = await harness.newPage();
    await page.goto(`${harness.url}/compare`);
    const bars = page.locator('[data-testid=compare-bars] .recharts-bar-rectangle');
    await bars.first().waitFor({ timeout: 20_000 });
    const compare = await api<ComparisonDto>(
      `/compare?metrics=${metric},d.review.correction_rate&year=${year}&region=${CITY}&groupBy=region`,
    );
    const withValue = compare.rows.filter((r) => r.values[metric] !== null);
    expect(await bars.count()).toBe(compare.rows.length);
    const largest = Math.max(...withValue.map((r) => r.values[metric] ?? 0));
    const labels = await page
      .locator('[data-testid=compare-bars] .recharts-label-list text')
      .allTextContents();
    expect(labels).toHaveLength(compare.rows.length);
    expect(readNumber(labels[0])).toBe(largest);
    expect(labels[0]).toContain('件');
    // A unit without reports that year has no figure: — , never 0.
    expect(labels.filter((l) => l === '—')).toHaveLength(compare.rows.length - withValue.length);
    // The correction-rate multiple: a unit without concluded cases reads —.
    const rateLabels = await page
      .getByTestId('multiple')
      .filter({ hasText: '行政复议纠错率' })
      .locator('.recharts-label-list text')
      .allTextContents();
    expect(rateLabels.filter((l) => l === '—')).toHaveLength(
      compare.rows.filter((r) => r.values['d.review.correction_rate'] === null).length,
    );

    // The stacked bars of the first unit fill the whole axis.
    const widths = await page.evaluate(() => {
      const rects = [...document.querySelectorAll('[data-testid=outcome-bars] .recharts-bar-rectangle path')];
      const first = rects.map((r) => r.getBoundingClientRect()).filter((b) => b.height > 0);
      const top = Math.min(...first.map((b) => b.top));
      const row = first.filter((b) => Math.abs(b.top - top) < 1);
      const grid = document
        .querySelector('[data-testid=outcome-bars] .recharts-cartesian-grid')
        ?.getBoundingClientRect();
      return { sum: row.reduce((s, b) => s + b.width, 0), axis: grid?.width ?? 0 };
    });
    expect(widths.sum).toBeGreaterThan(0);
    expect(widths.sum).toBeCloseTo(widths.axis, -1);
    expect(await page.getByTestId('multiple').count()).toBe(6);
    await shot(page, 'compare.png');
    await page.setViewportSize({ width: 768, height: 1024 });
    // The charts follow the new width once they have measured it.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
      .toBeLessThanOrEqual(0);
    await shot(page, 'compare-tablet.png');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByLabel('各机构').click();
    await page.waitForURL(/groupBy=agency/);
    await expect
      .poll(() => page.locator('[data-testid=compare-bars] .recharts-bar-rectangle').count())
      .toBe(30);
    expect(await page.locator('[data-testid=compare-table] tbody tr').count()).toBeGreaterThan(30);
    await page.close();
  }, 60_000);
});

describe('排名', () => {
  it('ranks, sorts by a column, scrolls a virtualised table and flags questionable reports', async () => {
    const { year } = await cityLine('d.applications.received');
    const ranking = await api<RankingDto>(
      `/rankings?metric=d.applications.received&year=${year}&region=${CITY}`,
    );
    const top = ranking.rows[0];
    if (top === undefined) throw new Error('empty ranking');
    const page = await harness.newPage();
    const asked: URL[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/rankings') asked.push(url);
    });
    await page.goto(`${harness.url}/rankings`);
    const rows = page.getByTestId('ranking-row');
    await rows.first().waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('ranking-table').getAttribute('data-rows')).toBe(
      String(ranking.rows.length),
    );
    // The table asks for a page, not the whole ranking; the summary still counts the whole ranking.
    expect(asked[0]?.searchParams.get('limit')).toBe('200');
    expect(await page.getByTestId('ranking-summary').textContent()).toContain(
      `共 ${ranking.total} 个机构，${ranking.ranked} 个有数值参与排名`,
    );
    // Only the rows in view are in the page.
    expect(await rows.count()).toBeLessThan(ranking.rows.length);
    const firstCells = await rows.first().locator('td').allTextContents();
    expect(firstCells.slice(0, 3)).toEqual(['1', top.agencyName, `${top.value?.toLocaleString('zh-CN')} 件`]);
    // The top agency's value is what its file printed.
    const file = manifest.files.find((f) => f.agency === top.agencyName && f.year === year);
    if (file !== undefined) expect(top.value).toBe(printedValue(manifest, file, 't3.new.total'));
    await shot(page, 'rankings.png');

    // Sort by 数值: first click largest first, second click smallest first.
    await page.getByRole('button', { name: /^数值/ }).click();
    await page.waitForURL(/sort=value/);
    await page.getByRole('button', { name: /^数值/ }).click();
    await page.waitForURL(/dir=asc/);
    const smallest = Math.min(...ranking.rows.flatMap((r) => (r.value === null ? [] : [r.value])));
    await expect
      .poll(async () => readNumber((await rows.first().locator('td').allTextContents())[2]))
      .toBe(smallest);
    // The column sort is the server's.
    expect(
      asked.some((u) => u.searchParams.get('sort') === 'value' && u.searchParams.get('dir') === 'asc'),
    ).toBe(true);

    // Scrolling the box brings the last rows in.
    const last = [...ranking.rows].sort((a, b) => (b.value ?? -1) - (a.value ?? -1))[0];
    await page.locator('.ranking-scroll').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await expect.poll(() => page.locator('.ranking-scroll').textContent()).toContain(last?.agencyName ?? '?');

    await page.getByLabel('包含存疑报告').click();
    await page.waitForURL(/flagged=1/);
    const flagged = await api<RankingDto>(
      `/rankings?metric=d.applications.received&year=${year}&region=${CITY}&includeFlagged=true`,
    );
    await expect
      .poll(() => page.getByTestId('ranking-table').getAttribute('data-rows'))
      .toBe(String(flagged.rows.length));
    await expect
      .poll(() => page.getByTestId('ranking-summary').textContent())
      .toContain(`其中 ${flagged.rows.filter((r) => r.flagged).length} 个来自存疑报告`);
    await page.close();
  }, 60_000);

  it('keeps a 3,200-row ranking to a few dozen rows in the page, loading pages as it scrolls to the end', async () => {
    // The demo city has about 200 agencies a year; a province has thousands. The server is widened
    // here to a 3,200-agency ranking answered page by page (offset, limit), as the real one answers.
    const { year } = await cityLine('d.applications.received');
    const page = await harness.newPage();
    const pagesAsked: { offset: number; limit: number }[] = [];
    await page.route('**/api/rankings?*', async (route) => {
      const url = new URL(route.request().url());
      // The real ranking's first row is the template of every fake one (a later page may be empty).
      const first = new URL(url);
      first.searchParams.set('offset', '0');
      first.searchParams.set('limit', '1');
      const real = (await (await route.fetch({ url: first.toString() })).json()) as RankingDto;
      const template = real.rows[0];
      if (template === undefined) throw new Error('empty ranking');
      const all = Array.from({ length: 3200 }, (_, i) => ({
        ...template,
        rank: i + 1,
        agencyId: 1_000_000 + i,
        agencyName: `第${i + 1}号单位`,
        value: 3200 - i,
        flagged: false,
      }));
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = url.searchParams.has('limit') ? Number(url.searchParams.get('limit')) : null;
      pagesAsked.push({ offset, limit: limit ?? all.length });
      const rows = all.slice(offset, limit === null ? undefined : offset + limit);
      await route.fulfill({
        json: {
          ...real,
          total: all.length,
          ranked: all.length,
          flaggedCount: 0,
          valueScale: 3200,
          offset,
          limit,
          rows,
        } satisfies RankingDto,
      });
    });
    await page.goto(`${harness.url}/rankings?year=${year}`);
    const rows = page.getByTestId('ranking-row');
    const drawn = page.locator('[data-testid=ranking-row], [data-testid=ranking-placeholder]');
    await rows.first().waitFor({ timeout: 20_000 });
    const table = page.getByTestId('ranking-table');
    expect(await table.getAttribute('data-rows')).toBe('3200');
    expect(Number(await table.getAttribute('data-loaded'))).toBeLessThan(3200);
    expect(await page.getByTestId('ranking-summary').textContent()).toContain('共 3200 个机构');
    for (const fraction of [0.25, 0.5, 1]) {
      await page.locator('.ranking-scroll').evaluate((el, f) => {
        el.scrollTop = (el.scrollHeight - el.clientHeight) * f;
      }, fraction);
      const expectedRank = Math.max(1, Math.round(3200 * fraction) - 5);
      await expect
        .poll(async () => (await rows.locator('td:first-child').allTextContents()).map(Number), {
          timeout: 20_000,
        })
        .toContain(expectedRank);
      expect(await drawn.count()).toBeLessThan(80);
    }
    expect(await page.locator('.ranking-scroll').textContent()).toContain('第3200号单位');
    // Page by page, each no larger than the table's page size, never the whole ranking at once.
    expect(pagesAsked.length).toBeGreaterThan(1);
    expect(pagesAsked.every((p) => p.limit <= 200)).toBe(true);
    expect(new Set(pagesAsked.map((p) => p.offset)).size).toBe(pagesAsked.length);
    await page.close();
  }, 90_000);
});

describe('加载、错误与重试', () => {
  it('shows a skeleton while waiting, an error with 重试 when the server fails, and the chart after retrying', async () => {
    const page = await harness.newPage();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let failing = true;
    await page.route('**/api/compare?*', async (route) => {
      await held;
      if (failing)
        await route.fulfill({
          status: 500,
          json: { error: { code: 'internal_error', message: '服务暂时不可用' } },
        });
      else await route.continue();
    });
    await page.goto(`${harness.url}/compare`);
    await page.getByTestId('skeleton').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('skeleton').textContent()).toContain('正在加载对比数据…');
    release();
    // The client retries a server error twice before it shows the error.
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('服务器出错了，请稍后重试。');
    failing = false;
    await alert.getByRole('button', { name: '重试' }).click();
    await page
      .locator('[data-testid=compare-bars] .recharts-bar-rectangle')
      .first()
      .waitFor({ timeout: 20_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  }, 60_000);
});

describe('复议诉讼', () => {
  it('draws cases by outcome per year, correction rates, and lists the units that had cases', async () => {
    const { year } = await cityLine('d.review.cases');
    const page = await harness.newPage();
    await page.goto(`${harness.url}/review`);
    await page
      .locator('[data-testid=case-bars-review] .recharts-bar-rectangle')
      .first()
      .waitFor({ timeout: 30_000 });
    const years = (await cityLine('t4.review.upheld')).points.length;
    // One stack of four outcomes per year, drawn where the count is above 0.
    expect(
      await page.locator('[data-testid=case-bars-review] .recharts-bar-rectangle').count(),
    ).toBeLessThanOrEqual(years * 4);
    expect(
      await page.locator('[data-testid=case-bars-review] .recharts-legend-item-text').allTextContents(),
    ).toEqual(['维持', '纠正', '其他', '尚未审结']);
    const rates = await cityLine('d.review.correction_rate');
    const table = await tableTexts(page, '.review-page [data-testid=trend-table]');
    const yearRow = table.find((r) => r[0] === String(year));
    expect(readNumber(yearRow?.[1])).toBeCloseTo(rates.value(year) ?? Number.NaN, 1);

    const compare = await api<ComparisonDto>(
      `/compare?metrics=t4.review.total,t4.suit_direct.total,t4.suit_after_review.total&year=${year}&region=${CITY}&groupBy=agency`,
    );
    const withCases = compare.rows.filter(
      (r) =>
        (r.values['t4.review.total'] ?? 0) +
          (r.values['t4.suit_direct.total'] ?? 0) +
          (r.values['t4.suit_after_review.total'] ?? 0) >
        0,
    );
    await expect.poll(() => page.locator('[data-testid=case-units] tbody tr').count()).toBe(withCases.length);
    await shot(page, 'review.png');
    await page.close();
  }, 60_000);
});

describe('报告', () => {
  it('finds the sample, locates a value in its text, and takes an editor correction with a reason', async () => {
    const expected = await printedNormativeMade();
    const page = await harness.newPage();
    await page.goto(`${harness.url}/reports`);
    await page.getByLabel('搜索报告').fill('嵩县');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.waitForURL(/q=/);
    await page.getByTestId('reports-table').waitFor();
    await expect.poll(() => page.getByTestId('reports-table').locator('tbody tr').count()).toBe(1);
    await shot(page, 'reports.png');
    await page.getByRole('link', { name: '嵩县人民政府办公室' }).click();
    await page.waitForURL(/\/reports\/\d+$/);

    const row = page.locator('[data-testid=values-table] tr[data-code="t2.normative.made"]');
    await row.waitFor({ timeout: 20_000 });
    await row.getByRole('button', { name: /在原文中定位/ }).click();
    const mark = page.locator('[data-testid=source-text] mark.active').first();
    await expect.poll(() => mark.getAttribute('class')).toContain('flash');
    expect(await mark.textContent()).toBe(String(expected));
    expect(await mark.getAttribute('title')).toContain('t2.normative.made');
    // The mark is scrolled (smoothly) into the visible part of the text box.
    await expect
      .poll(async () => {
        const [box, pre] = await Promise.all([
          mark.boundingBox(),
          page.getByTestId('source-text').boundingBox(),
        ]);
        return box !== null && pre !== null && box.y >= pre.y && box.y + box.height <= pre.y + pre.height;
      })
      .toBe(true);
    await shot(page, 'report-detail.png', false);

    // Without a token there is no 更正; with one, the reason is required and the change shows.
    expect(await row.getByRole('button', { name: /^更正/ }).count()).toBe(0);
    await page.getByText('编辑（更正数值需要编辑令牌）').click();
    await page.getByLabel('编辑令牌').fill(harness.editorToken);
    await row.getByRole('button', { name: /^更正/ }).click();
    await page.getByLabel(/正确数值/).fill(String(expected + 1));
    await page.getByRole('button', { name: '保存更正' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('请填写更正理由。');
    await page.getByLabel(/更正理由/).fill('e2e：核对原件后更正');
    await page.getByRole('button', { name: '保存更正' }).click();
    await expect
      .poll(() => page.getByTestId('correction-notice').textContent())
      .toContain(`${expected} 件 → ${expected + 1} 件`);
    await expect.poll(() => row.locator('.badge-corrected').count()).toBe(1);
    expect(await row.locator('.value-button').textContent()).toBe(`${expected + 1} 件`);
    const audit = await api<{ entries: { action: string; reason: string | null }[] }>(
      '/audit?action=correct',
    );
    expect(audit.entries[0]?.reason).toBe('e2e：核对原件后更正');

    // Soft delete leaves the list; the report's own address offers the editor a restore.
    const address = page.url();
    await page.getByRole('button', { name: '删除此报告…' }).click();
    await page.getByLabel('删除理由（可选）').fill('e2e：重复导入');
    await page.getByRole('button', { name: '确认删除' }).click();
    await page.waitForURL(/\/reports$/);
    await page.goto(address);
    await page.getByText(/找不到编号为 \d+ 的报告/).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: '恢复这份报告' }).click();
    await row.waitFor({ timeout: 20_000 });
    expect(await row.locator('.value-button').textContent()).toBe(`${expected + 1} 件`);
    await page.close();
  }, 60_000);
});

describe('导入', () => {
  it('takes dropped files, previews what was read, explains a bad file in Chinese, commits and refreshes the lists', async () => {
    const page = await harness.newPage();
    // The report list is cached first: the import must invalidate it.
    await page.goto(`${harness.url}/reports`);
    const status = page.locator('.pagination-status');
    await status.waitFor({ timeout: 20_000 });
    const before = readNumber((await status.textContent())?.split('共')[1]);
    await page.getByRole('link', { name: '导入' }).click();
    await page.getByLabel('编辑令牌').fill(harness.editorToken);

    // A real drop: files in a DataTransfer, dispatched on the zone.
    const upload = await readFile(UPLOAD, 'utf8');
    // Already imported demo files in the two binary formats: read, and recognised as unchanged.
    const docx = manifest.files.find((f) => f.file.endsWith('.docx') && f.flaws.length === 0);
    const pdf = manifest.files.find((f) => f.file.endsWith('.pdf') && f.flaws.length === 0);
    if (docx === undefined || pdf === undefined) throw new Error('the demo corpus has no clean docx or pdf');
    const binary = await Promise.all(
      [docx, pdf].map(async (f) => ({
        name: path.basename(f.file),
        base64: (await readFile(path.join(DEMO_DIR, f.file))).toString('base64'),
      })),
    );
    const dataTransfer = await page.evaluateHandle(
      ({ text, files }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'anlan-2022-jtj-2021.txt', { type: 'text/plain' }));
        transfer.items.add(
          new File(['这是一份会议纪要，不是年报。\n'], '会议纪要.txt', { type: 'text/plain' }),
        );
        transfer.items.add(new File(['x'], 'scan.jpg', { type: 'image/jpeg' }));
        for (const f of files) {
          const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
          transfer.items.add(new File([bytes], f.name));
        }
        return transfer;
      },
      { text: upload, files: binary },
    );
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });

    const items = page.getByTestId('upload-item');
    await expect.poll(() => items.count()).toBe(5);
    for (const f of [docx, pdf]) {
      const item = items.filter({ hasText: path.basename(f.file) });
      await item.getByTestId('upload-preview').waitFor({ timeout: 30_000 });
      expect(await item.getByTestId('preview-agency').textContent()).toBe(f.agency);
      expect(await item.getByTestId('preview-year').textContent()).toBe(String(f.year));
      expect(await item.textContent()).toContain('与已导入的文件完全相同');
    }
    const good = items.filter({ hasText: 'anlan-2022-jtj-2021.txt' });
    await good.getByTestId('upload-preview').waitFor({ timeout: 20_000 });
    expect(await good.getByTestId('preview-agency').textContent()).toBe('安澜县交通运输局');
    expect(await good.getByTestId('preview-year').textContent()).toBe('2022');
    const bad = items.filter({ hasText: '会议纪要.txt' });
    await expect
      .poll(() => bad.getByTestId('upload-error').textContent())
      .toContain('不是政府信息公开工作年度报告');
    expect(await items.filter({ hasText: 'scan.jpg' }).getByTestId('upload-error').textContent()).toContain(
      '暂不支持这种文件格式',
    );
    await shot(page, 'import.png');

    await page.getByRole('button', { name: '导入选中的 1 份报告' }).click();
    await expect.poll(() => good.getAttribute('data-stage')).toBe('committed');
    await good.getByRole('link', { name: '查看报告' }).waitFor();

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '报告' }).click();
    await expect
      .poll(async () => readNumber((await status.textContent())?.split('共')[1]))
      .toBe((before ?? 0) + 1);
    await page.close();
  }, 60_000);
});
