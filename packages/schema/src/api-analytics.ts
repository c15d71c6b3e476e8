import { z } from 'zod';
import { agencyKindSchema } from './agency-kind.ts';
import { agencyListQuerySchema, exportFormatSchema, seriesPointSchema } from './api.ts';

// DTOs and queries of the analytics read path: regions, region series, comparisons, rankings.
// Kept beside api.ts (re-exported by the package barrel) so each file stays about one thing.

const year = z.coerce.number().int().min(2000).max(2100);

/** A repeated query parameter (`?region=1&region=2`) arrives as a string when given once. */
const repeated = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(max));

/** A GB/T 2260 region code: 6 digits, or 9 (township; the 12-digit statistical form ending in 000). */
export const regionCodeSchema = z
  .string()
  .regex(/^\d{6}(\d{3}(000)?)?$/, 'a GB/T 2260 code of 6 digits (9 or 12 for a township)');

export const regionLevelSchema = z.enum(['province', 'city', 'county', 'township']);
export type RegionLevelDto = z.infer<typeof regionLevelSchema>;

/** How a metric adds up over several reports: counts sum, ratios are recomputed, percentages don't. */
export const aggregationSchema = z.enum(['sum', 'ratio', 'none']);

/** `region` names a region by GB/T code; `regionId` by id, for regions whose code is not known yet. */
const regionFilter = {
  region: regionCodeSchema.optional(),
  regionId: z.coerce.number().int().positive().optional(),
};

/** One region of GET /api/regions with its agencies' current reports counted. */
export const regionNodeDtoSchema = z.object({
  id: z.number().int(),
  code: z.string().nullable(),
  name: z.string(),
  level: regionLevelSchema.nullable(),
  /** Agencies placed directly in this region. */
  agencyCount: z.number().int(),
  /** Current reports of those agencies. */
  reportCount: z.number().int(),
  /** Current reports of agencies in this region and every region below it. */
  totalReportCount: z.number().int(),
  get children() {
    return z.array(regionNodeDtoSchema);
  },
});
export type RegionNodeDto = z.infer<typeof regionNodeDtoSchema>;

export const regionTreeDtoSchema = z.object({
  regions: z.array(regionNodeDtoSchema),
  /** Agencies (and their current reports) whose region is unknown. */
  unplaced: z.object({ agencyCount: z.number().int(), reportCount: z.number().int() }),
});
export type RegionTreeDto = z.infer<typeof regionTreeDtoSchema>;

/** Query of GET /api/agencies: text, kind, and a region (with everything below it). */
export const agencyFilterQuerySchema = agencyListQuerySchema.extend(regionFilter);

/** A year from which a metric follows another edition of the report format (its meaning changed). */
export const editionBreakSchema = z.object({
  year: z.number().int(),
  from: z.enum(['2019', '2021']),
  to: z.enum(['2019', '2021']),
});
export type EditionBreakDto = z.infer<typeof editionBreakSchema>;

const templateSchema = z.enum(['2019', '2021', 'unknown']);

/** A region's point: the metric over its agencies' current reports of one year. */
export const regionSeriesPointSchema = z.object({
  year: z.number().int(),
  value: z.number().nullable(),
  /** Reports that carried the metric (both sides, for a ratio) and so make up the value. */
  reportCount: z.number().int(),
  /** How many of those reports have error findings (the figure is then marked questionable). */
  flaggedCount: z.number().int(),
  /** The edition most of those reports follow. */
  template: templateSchema,
});

/** GET /api/series: agency lines (with each point's edition) and region lines. */
export const seriesResultDtoSchema = z.object({
  metric: z.string(),
  aggregation: aggregationSchema,
  /** True when the metric's meaning changed between the 2019 and 2021 editions. */
  changedBetweenEditions: z.boolean(),
  series: z.array(
    z.object({
      agencyId: z.number().int(),
      agencyName: z.string(),
      /** `flagged`: the point's report has error findings. */
      points: z.array(seriesPointSchema.extend({ template: templateSchema, flagged: z.boolean() })),
    }),
  ),
  regions: z.array(
    z.object({
      regionId: z.number().int(),
      regionCode: z.string().nullable(),
      regionName: z.string(),
      points: z.array(regionSeriesPointSchema),
    }),
  ),
  /** Where a line crosses from one edition to the other for a metric whose meaning changed. */
  editionBreaks: z.array(editionBreakSchema),
});
export type SeriesResultDto = z.infer<typeof seriesResultDtoSchema>;

/** Query of GET /api/series with region lines (`region=CODE` / `regionId=ID`, repeated). */
export const seriesFilterQuerySchema = z.object({
  metric: z.string().min(1).max(100),
  agency: repeated(z.coerce.number().int().positive(), 50),
  region: repeated(regionCodeSchema, 20),
  regionId: repeated(z.coerce.number().int().positive(), 20),
  /** Region lines only: sum over agencies of this kind. */
  kind: agencyKindSchema.optional(),
  from: year.optional(),
  to: year.optional(),
  format: exportFormatSchema.optional(),
});

/** `metrics=a,b,c` as a list of codes. */
const metricList = z
  .string()
  .max(3000)
  .transform((s) =>
    s
      .split(',')
      .map((code) => code.trim())
      .filter((code) => code !== ''),
  )
  .pipe(z.array(z.string().max(100)).min(1, 'at least one metric code').max(40));

/** Query of GET /api/compare. */
export const compareQuerySchema = z.object({
  metrics: metricList,
  year,
  ...regionFilter,
  kind: agencyKindSchema.optional(),
  groupBy: z.enum(['agency', 'region']).default('agency'),
  format: exportFormatSchema.optional(),
});

const metricValues = z.record(z.string(), z.number().nullable());

/** One agency's current report of the year, its metrics side by side. */
export const agencyComparisonRowSchema = z.object({
  agencyId: z.number().int(),
  agencyName: z.string(),
  regionName: z.string().nullable(),
  reportId: z.number().int(),
  flagged: z.boolean(),
  values: metricValues,
});

/** One child region (`scope: subtree`) or the parent's own agencies (`scope: own`), aggregated. */
export const regionComparisonRowSchema = z.object({
  regionId: z.number().int(),
  regionCode: z.string().nullable(),
  regionName: z.string(),
  level: regionLevelSchema.nullable(),
  scope: z.enum(['subtree', 'own']),
  /** Current reports of the year in the row. */
  reportCount: z.number().int(),
  /** Of those, reports with an error finding. */
  flaggedCount: z.number().int(),
  values: metricValues,
  /** Per metric: the reports that carried it. */
  counts: z.record(z.string(), z.number().int()),
});

/** GET /api/compare: one year, many agencies or sub-regions side by side. */
export const comparisonDtoSchema = z.discriminatedUnion('groupBy', [
  z.object({
    groupBy: z.literal('agency'),
    year: z.number().int(),
    metrics: z.array(z.string()),
    rows: z.array(agencyComparisonRowSchema),
  }),
  z.object({
    groupBy: z.literal('region'),
    year: z.number().int(),
    metrics: z.array(z.string()),
    /** The region whose children are compared; null for the top of the tree. */
    parent: z.object({ id: z.number().int(), code: z.string().nullable(), name: z.string() }).nullable(),
    aggregation: z.record(z.string(), aggregationSchema),
    rows: z.array(regionComparisonRowSchema),
  }),
]);
export type ComparisonDto = z.infer<typeof comparisonDtoSchema>;

/** Columns a ranking can be listed by; `move` is places gained since last year (previousRank − rank). */
export const rankingSortKeySchema = z.enum(['rank', 'name', 'value', 'previousValue', 'change', 'move']);
export type RankingSortKey = z.infer<typeof rankingSortKeySchema>;

/** The most rows one page of GET /api/rankings carries; without `limit` every row comes. */
export const RANKING_PAGE_MAX = 1000;

/** Query of GET /api/rankings. */
export const rankingQuerySchema = z.object({
  metric: z.string().min(1).max(100),
  year,
  ...regionFilter,
  kind: agencyKindSchema.optional(),
  /** Which end of the metric ranks first; ranks are always those of this order. */
  order: z.enum(['desc', 'asc']).default('desc'),
  includeFlagged: z.stringbool().default(false),
  /** The column the rows are listed by (default: rank); missing figures last either way. */
  sort: rankingSortKeySchema.optional(),
  /** Direction of `sort`; by default ascending for rank and name, descending for figures. */
  dir: z.enum(['asc', 'desc']).optional(),
  /** Rows skipped in the sorted list (with `limit`). */
  offset: z.coerce.number().int().min(0).default(0),
  /** Rows in this page, 1..1000; without it every row. Exports (`format`) always carry every row. */
  limit: z.coerce.number().int().min(1).max(RANKING_PAGE_MAX).optional(),
  format: exportFormatSchema.optional(),
});

/** One agency in a ranking; reports without the value come last, unranked. */
export const rankingRowSchema = z.object({
  /** Competition ranking (1, 1, 3); null when the value is null. */
  rank: z.number().int().nullable(),
  agencyId: z.number().int(),
  agencyName: z.string(),
  regionName: z.string().nullable(),
  reportId: z.number().int(),
  value: z.number().nullable(),
  /** The agency's value and rank in the previous year's ranking under the same filters. */
  previousValue: z.number().nullable(),
  previousRank: z.number().int().nullable(),
  /** value − previousValue; null unless both are known. */
  change: z.number().nullable(),
  /** The report has an error finding (only listed with includeFlagged=true). */
  flagged: z.boolean(),
});
export type RankingRowDto = z.infer<typeof rankingRowSchema>;

/** GET /api/rankings: one page of the sorted ranking, with counts of the whole ranking. */
export const rankingDtoSchema = z.object({
  metric: z.string(),
  year: z.number().int(),
  order: z.enum(['desc', 'asc']),
  includeFlagged: z.boolean(),
  sort: rankingSortKeySchema,
  dir: z.enum(['asc', 'desc']),
  /** Rows of the whole ranking (every page). */
  total: z.number().int(),
  /** Of those, rows with a value (ranked). */
  ranked: z.number().int(),
  /** Of those, rows from reports with an error finding (0 unless includeFlagged). */
  flaggedCount: z.number().int(),
  /** The largest absolute value of the whole ranking (0 when none): the full width of value bars. */
  valueScale: z.number(),
  /** Index of the first row of `rows` in the sorted ranking. */
  offset: z.number().int(),
  /** The page size asked for; null when `rows` is the whole ranking. */
  limit: z.number().int().nullable(),
  rows: z.array(rankingRowSchema),
});
export type RankingDto = z.infer<typeof rankingDtoSchema>;
