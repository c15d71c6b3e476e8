import { z } from 'zod';
import { agencyKindSchema } from './agency-kind.ts';
import { exportFormatSchema, reportSourceSchema } from './api.ts';
import { regionCodeSchema } from './api-analytics.ts';

// DTOs and queries of the information-adoption ledger (政务信息报送): monthly counts of items each
// unit submitted to its superior and of those adopted, imported from CSV/XLSX spreadsheets.

const year = z.coerce.number().int().min(2000).max(2100);
const month = z.coerce.number().int().min(1).max(12);
const count = z.number().int().min(0);

/** The level that adopted an item: 市级, 省级 or 国家级. */
export const ledgerLevelSchema = z.enum(['city', 'province', 'national']);
export type LedgerLevel = z.infer<typeof ledgerLevelSchema>;

/** Chinese names of the adoption levels, as spreadsheets and the UI print them. */
export const LEDGER_LEVEL_LABELS: Record<LedgerLevel, string> = {
  city: '市级',
  province: '省级',
  national: '国家级',
};

/** `month`: the one month asked for; `ytd`: January through that month (年累计). */
export const ledgerScopeSchema = z.enum(['month', 'ytd']);
export type LedgerScope = z.infer<typeof ledgerScopeSchema>;

/** What a ledger ranking orders units by. */
export const ledgerMeasureSchema = z.enum(['submitted', 'adopted', 'rate']);
export type LedgerMeasure = z.infer<typeof ledgerMeasureSchema>;

/** Adopted items by level; `unspecified` is what the ledger gave no level for. */
export const ledgerLevelCountsSchema = z.object({
  city: count,
  province: count,
  national: count,
  unspecified: count,
});
export type LedgerLevelCounts = z.infer<typeof ledgerLevelCountsSchema>;

/** Query of GET /api/ledger/rankings; year and month default to the latest with data. */
export const ledgerRankingQuerySchema = z.object({
  year: year.optional(),
  month: month.optional(),
  scope: ledgerScopeSchema.default('month'),
  region: regionCodeSchema.optional(),
  regionId: z.coerce.number().int().positive().optional(),
  kind: agencyKindSchema.optional(),
  /** The measure rows are ordered by. */
  by: ledgerMeasureSchema.default('adopted'),
  /** `desc` lists rank 1 first; ranks themselves always give 1 to the largest value. */
  order: z.enum(['desc', 'asc']).default('desc'),
  format: exportFormatSchema.optional(),
});
export type LedgerRankingQuery = z.infer<typeof ledgerRankingQuerySchema>;

/** One unit's totals over the ranked months, with its competition rank (1, 1, 3) per measure. */
export const ledgerRankingRowSchema = z.object({
  agencyId: z.number().int(),
  agencyName: z.string(),
  regionName: z.string().nullable(),
  kind: agencyKindSchema,
  submitted: count,
  adopted: count,
  /** adopted / submitted in percent; null when nothing was submitted. */
  rate: z.number().nullable(),
  ranks: z.object({
    submitted: z.number().int(),
    adopted: z.number().int(),
    /** Null when the rate is null: such units are listed last, unranked. */
    rate: z.number().int().nullable(),
  }),
  /** Null when no ledger row of these months named a level. */
  adoptedByLevel: ledgerLevelCountsSchema.nullable(),
  /** Months of the range the unit has ledger entries for. */
  months: z.number().int(),
  /** Some of the unit's entries come from the generated demo ledger. */
  demo: z.boolean(),
});
export type LedgerRankingRowDto = z.infer<typeof ledgerRankingRowSchema>;

/** GET /api/ledger/rankings. */
export const ledgerRankingDtoSchema = z.object({
  /** Null only when the ledger is empty. */
  year: z.number().int().nullable(),
  month: z.number().int().nullable(),
  scope: ledgerScopeSchema,
  by: ledgerMeasureSchema,
  order: z.enum(['desc', 'asc']),
  /** Months summed: `month`..`month` or 1..`month`. */
  fromMonth: z.number().int().nullable(),
  toMonth: z.number().int().nullable(),
  availableYears: z.array(z.number().int()),
  /** Months of `year` with any ledger entry. */
  availableMonths: z.array(z.number().int()),
  /** Where the ranked entries came from (a 演示数据 badge when `demo` is among them). */
  sources: z.array(reportSourceSchema),
  totals: z.object({ submitted: count, adopted: count, rate: z.number().nullable() }),
  rows: z.array(ledgerRankingRowSchema),
});
export type LedgerRankingDto = z.infer<typeof ledgerRankingDtoSchema>;

/** Query of GET /api/ledger/series; year defaults to the unit's latest year with data. */
export const ledgerSeriesQuerySchema = z.object({
  agency: z.coerce.number().int().positive(),
  year: year.optional(),
  format: exportFormatSchema.optional(),
});

/** One month of a unit's trend; counts are null for a month the ledger has no entry for. */
export const ledgerSeriesPointSchema = z.object({
  month: z.number().int(),
  submitted: count.nullable(),
  adopted: count.nullable(),
  rate: z.number().nullable(),
  /** Running totals from January through this month. */
  ytdSubmitted: count,
  ytdAdopted: count,
  ytdRate: z.number().nullable(),
  adoptedByLevel: ledgerLevelCountsSchema.nullable(),
});
export type LedgerSeriesPointDto = z.infer<typeof ledgerSeriesPointSchema>;

/** GET /api/ledger/series: twelve points of one unit's year. */
export const ledgerSeriesDtoSchema = z.object({
  agency: z.object({
    id: z.number().int(),
    name: z.string(),
    regionName: z.string().nullable(),
    kind: agencyKindSchema,
  }),
  /** Null when the unit has no ledger entries at all. */
  year: z.number().int().nullable(),
  availableYears: z.array(z.number().int()),
  sources: z.array(reportSourceSchema),
  points: z.array(ledgerSeriesPointSchema),
});
export type LedgerSeriesDto = z.infer<typeof ledgerSeriesDtoSchema>;

/** Why a ledger row was not stored. */
export const ledgerRowProblemSchema = z.enum([
  'missing_unit',
  'unknown_unit',
  'missing_month',
  'invalid_month',
  'month_out_of_range',
  'missing_year',
  'invalid_year',
  'invalid_count',
  'adopted_exceeds_submitted',
  'levels_exceed_adopted',
  'unknown_level',
  'duplicate_row',
]);
export type LedgerRowProblem = z.infer<typeof ledgerRowProblemSchema>;

/** A rejected row: where it is in the file and why it was not stored. */
export const ledgerRowIssueSchema = z.object({
  /** Worksheet name (xlsx); null for CSV. */
  sheet: z.string().nullable(),
  /** 1-based row number as a spreadsheet program shows it. */
  row: z.number().int(),
  unit: z.string().nullable(),
  code: ledgerRowProblemSchema,
  message: z.string(),
});
export type LedgerRowIssueDto = z.infer<typeof ledgerRowIssueSchema>;

/** A row read but deliberately not stored: blank, a totals row, or text without figures. */
export const ledgerSkippedRowSchema = z.object({
  sheet: z.string().nullable(),
  row: z.number().int(),
  reason: z.enum(['blank', 'total', 'no_figures']),
  text: z.string(),
});
export type LedgerSkippedRowDto = z.infer<typeof ledgerSkippedRowSchema>;

/** The outcome of one imported ledger file. */
export const ledgerImportResultSchema = z.object({
  file: z.string(),
  format: z.enum(['csv', 'xlsx']),
  /** Encoding a CSV was read with; null for xlsx. */
  encoding: z.string().nullable(),
  /** Worksheets with a ledger header, with the row it was found in and the column each field came from. */
  sheets: z.array(
    z.object({
      name: z.string().nullable(),
      headerRow: z.number().int(),
      columns: z.record(z.string(), z.string()),
    }),
  ),
  years: z.array(z.number().int()),
  /** Data rows that passed every check. */
  acceptedRows: z.number().int(),
  /** Unit-months written (rows of one unit and month at several levels make one). */
  stored: z.number().int(),
  /** Of those, unit-months that replaced an earlier import. */
  replaced: z.number().int(),
  rejected: z.array(ledgerRowIssueSchema),
  skipped: z.array(ledgerSkippedRowSchema),
});
export type LedgerImportResultDto = z.infer<typeof ledgerImportResultSchema>;

/** POST /api/ledger: one result per readable file; files that could not be read at all in `errors`. */
export const ledgerImportDtoSchema = z.object({
  results: z.array(ledgerImportResultSchema),
  errors: z.array(z.object({ file: z.string(), code: z.string(), message: z.string() })),
});
export type LedgerImportDto = z.infer<typeof ledgerImportDtoSchema>;
