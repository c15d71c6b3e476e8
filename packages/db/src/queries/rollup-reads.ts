import { type AgencyKind, metricByCode, type Template } from '@nianbao/schema';
import { type Kysely, sql } from 'kysely';
import type { Database, RegionLevel } from '../database.ts';
import { ROLLUP_LEVELS } from '../rollups/rollup-keys.ts';
import { REPORTS_CODE } from '../rollups/rollup-values.ts';
import { type Aggregate, aggregationOf } from './aggregate-metric.ts';

/** Whether a region's line or comparison can be read from the rollups (county, city or province). */
export const hasRollups = (level: RegionLevel | null | undefined): boolean =>
  level !== null && level !== undefined && ROLLUP_LEVELS.has(level);

/** Rollup sums of one code, one year and one region (or a group of regions added up). */
export interface RollupSums {
  total: number;
  den: number;
  reports: number;
  flagged: number;
  editions2019: number;
  editions2021: number;
}

export const NO_SUMS: RollupSums = {
  total: 0,
  den: 0,
  reports: 0,
  flagged: 0,
  editions2019: 0,
  editions2021: 0,
};

/** Adds rollup sums into an accumulator. */
export function addSums(into: RollupSums, more: RollupSums): RollupSums {
  return {
    total: into.total + more.total,
    den: into.den + more.den,
    reports: into.reports + more.reports,
    flagged: into.flagged + more.flagged,
    editions2019: into.editions2019 + more.editions2019,
    editions2021: into.editions2021 + more.editions2021,
  };
}

/** Rollup sums less others (a parent's own agencies: its rows less its children's). */
export function subtractSums(from: RollupSums, less: RollupSums): RollupSums {
  return {
    total: from.total - less.total,
    den: from.den - less.den,
    reports: from.reports - less.reports,
    flagged: from.flagged - less.flagged,
    editions2019: from.editions2019 - less.editions2019,
    editions2021: from.editions2021 - less.editions2021,
  };
}

// Sums of decimal amounts (万元) would otherwise print as 15.910000000000002 (as aggregateMetric).
const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

/** A metric's aggregate from rollup sums: aggregateMetric's result for the same reports. */
export function aggregateOfSums(code: string, sums: RollupSums): Aggregate {
  const how = aggregationOf(code);
  if (how === 'ratio') {
    return {
      value: sums.reports > 0 && sums.den > 0 ? (sums.total / sums.den) * 100 : null,
      reportCount: sums.reports,
    };
  }
  if (how === 'none' || sums.reports === 0) return { value: null, reportCount: sums.reports };
  return { value: tidy(sums.total), reportCount: sums.reports };
}

/** The edition most reports carrying the metric follow, as dominantEdition decides (ties: 2021). */
export function editionOfSums(sums: RollupSums): Template {
  if (sums.editions2019 === 0 && sums.editions2021 === 0) return 'unknown';
  return sums.editions2019 > sums.editions2021 ? '2019' : '2021';
}

export interface RollupQuery {
  codes: readonly string[];
  regionIds: readonly number[];
  from?: number | undefined;
  to?: number | undefined;
  kind?: AgencyKind | undefined;
  /** Keep one row per region (for comparisons); otherwise the regions are added up. */
  perRegion: boolean;
}

/** Rollup sums per code and year (and region, when asked) over the given rollup regions. */
export async function readRollups(
  db: Kysely<Database>,
  query: RollupQuery,
): Promise<{ code: string; year: number; regionId: number; sums: RollupSums }[]> {
  if (query.regionIds.length === 0 || query.codes.length === 0) return [];
  const rows = await db
    .selectFrom('region_rollups')
    .select([
      'code',
      'year',
      query.perRegion ? 'region_id' : sql<number>`0`.as('region_id'),
      sql<number>`sum(total)`.as('total'),
      sql<number>`sum(den)`.as('den'),
      sql<number>`sum(reports)`.as('reports'),
      sql<number>`sum(flagged)`.as('flagged'),
      sql<number>`sum(editions_2019)`.as('editions_2019'),
      sql<number>`sum(editions_2021)`.as('editions_2021'),
    ])
    .where('code', 'in', [...new Set(query.codes)])
    .where('region_id', 'in', [...query.regionIds])
    .$if(query.from !== undefined, (qb) => qb.where('year', '>=', query.from ?? 0))
    .$if(query.to !== undefined, (qb) => qb.where('year', '<=', query.to ?? 0))
    .$if(query.kind !== undefined, (qb) => qb.where('kind', '=', query.kind ?? 'other'))
    // As scopedReports' excludeSummaries: governments' summaries add up their units (X3), so a
    // region total without a chosen kind leaves them out.
    .$if(query.kind === undefined, (qb) => qb.where('kind', '!=', 'government'))
    .groupBy(query.perRegion ? ['code', 'year', 'region_id'] : ['code', 'year'])
    .execute();
  return rows.map((r) => ({
    code: r.code,
    year: Number(r.year),
    regionId: Number(r.region_id),
    sums: {
      total: Number(r.total),
      den: Number(r.den),
      reports: Number(r.reports),
      flagged: Number(r.flagged),
      editions2019: Number(r.editions_2019),
      editions2021: Number(r.editions_2021),
    },
  }));
}

/** A region line's points from the rollups: every year with reports, the metric over them. */
export async function rollupSeriesPoints(
  db: Kysely<Database>,
  metric: string,
  regionIds: readonly number[],
  filter: { from?: number | undefined; to?: number | undefined; kind?: AgencyKind | undefined },
): Promise<
  { year: number; value: number | null; reportCount: number; flaggedCount: number; template: Template }[]
> {
  if (!metricByCode(metric)) return [];
  const rows = await readRollups(db, {
    codes: [REPORTS_CODE, metric],
    regionIds,
    ...filter,
    perRegion: false,
  });
  const years = new Set(rows.filter((r) => r.code === REPORTS_CODE && r.sums.reports > 0).map((r) => r.year));
  const ofMetric = new Map(rows.filter((r) => r.code === metric).map((r) => [r.year, r.sums]));
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const sums = ofMetric.get(year) ?? NO_SUMS;
      return {
        year,
        ...aggregateOfSums(metric, sums),
        flaggedCount: sums.flagged,
        template: editionOfSums(sums),
      };
    });
}
