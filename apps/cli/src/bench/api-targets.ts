import { getRankings, type Store } from '@nianbao/db';

/** The metrics the dashboard's overview asks for first (its KPI cards). */
export const BENCH_METRICS = [
  'd.applications.received',
  'd.applications.disclosed_rate',
  'd.review.cases',
  'd.litigation.cases',
] as const;

/** Rows of the ranking page the dashboard asks for first (apps/web ranking-queries RANKING_PAGE_SIZE). */
export const RANKING_PAGE = 200;

/** One measured endpoint: a name and the URLs its load cycles through. */
export interface ApiScenario {
  name: string;
  /** What the URLs ask for, for the table. */
  scope: string;
  paths: string[];
}

const pick = <T>(items: readonly T[], n: number): T[] => {
  if (items.length <= n) return [...items];
  const step = items.length / n;
  return Array.from({ length: n }, (_, i) => items[Math.floor(i * step)]).filter(
    (x): x is T => x !== undefined,
  );
};

/**
 * Chooses the URLs to load from what the store holds: its largest province, cities and counties of
 * that province, the latest year, and reports spread over the id range.
 */
export async function apiScenarios(store: Store): Promise<ApiScenario[]> {
  const { db } = store;
  const regions = await db.selectFrom('regions').select(['id', 'code', 'level', 'parent_id']).execute();
  const coded = regions.filter((r) => r.code !== null);
  const province = coded.find((r) => r.level === 'province');
  if (!province?.code) throw new Error('the benchmark store has no coded province');
  const cities = coded.filter((r) => r.level === 'city' && r.parent_id === province.id);
  const cityIds = new Set(cities.map((c) => c.id));
  const counties = coded.filter(
    (r) => r.level === 'county' && r.parent_id !== null && cityIds.has(r.parent_id),
  );
  const latest = await db
    .selectFrom('reports')
    .select((eb) => eb.fn.max('year').as('year'))
    .executeTakeFirstOrThrow();
  const year = Number(latest.year);
  const bounds = await db
    .selectFrom('reports')
    .select((eb) => [eb.fn.min('id').as('low'), eb.fn.max('id').as('high')])
    .executeTakeFirstOrThrow();
  const low = Number(bounds.low);
  const high = Number(bounds.high);
  const reportIds = Array.from({ length: 16 }, (_, i) => Math.round(low + ((high - low) * (i + 0.5)) / 16));

  const cityCodes = pick(cities, 4).map((c) => c.code ?? '');
  const countyCodes = pick(counties, 4).map((c) => c.code ?? '');
  const q = (path: string, params: Record<string, string | number>) =>
    `${path}?${new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)]))}`;
  const metrics = [...BENCH_METRICS];
  const firstMetric = metrics[0] ?? '';
  // How many agencies each ranking pages through, for the table's scope text.
  const agencies = async (region: string) =>
    (
      await getRankings(store, {
        metric: firstMetric,
        year,
        region: { code: region },
        order: 'desc',
        includeFlagged: false,
        limit: 1,
      })
    ).total;
  const cityTotals = await Promise.all(cityCodes.map(agencies));
  const provinceTotal = await agencies(province.code);
  // The dashboard's first request of a ranking: rank order, the first page.
  const page = { order: 'desc', sort: 'rank', dir: 'asc', offset: 0, limit: RANKING_PAGE };
  return [
    {
      name: 'series',
      scope: `region lines, ${metrics.length} KPI metrics × province, 2 cities, 1 county`,
      paths: metrics.flatMap((metric) =>
        [province.code, ...cityCodes.slice(0, 2), ...countyCodes.slice(0, 1)].map((region) =>
          q('/api/series', { metric, region: region ?? '' }),
        ),
      ),
    },
    {
      name: 'compare',
      scope: `child regions of the province and of 3 cities, ${year}`,
      paths: [province.code, ...cityCodes.slice(0, 3)].map((region) =>
        q('/api/compare', { metrics: metrics.join(','), year, region: region ?? '', groupBy: 'region' }),
      ),
    },
    {
      name: 'rankings',
      scope: `first page (${RANKING_PAGE} rows, rank order) of ${cityCodes.length} cities' rankings of ${Math.min(...cityTotals)}-${Math.max(...cityTotals)} agencies, 2 metrics, ${year} vs ${year - 1}`,
      paths: metrics
        .slice(0, 2)
        .flatMap((metric) =>
          cityCodes.map((region) => q('/api/rankings', { metric, year, region, ...page })),
        ),
    },
    {
      name: 'report detail',
      scope: '16 reports across the store',
      paths: reportIds.map((id) => `/api/reports/${id}`),
    },
    {
      name: 'rankings (province)',
      scope: `first page (${RANKING_PAGE} rows, rank order) of the ranking of all ${provinceTotal} agencies of the province, ${year} vs ${year - 1}`,
      paths: [q('/api/rankings', { metric: firstMetric, year, region: province.code, ...page })],
    },
  ];
}
