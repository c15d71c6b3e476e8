import { z } from 'zod';
import { agencyKindSchema } from './agency-kind.ts';
import { factSchema, findingSchema, severitySchema } from './parse-result.ts';

/** Where a report came from: the customer's real files or the generated demo corpus. */
export const reportSourceSchema = z.enum(['real', 'demo', 'upload']);

/** An error body: every expected API failure has this shape. */
export const apiErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
export type ApiError = z.infer<typeof apiErrorSchema>;

export const agencyDtoSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: agencyKindSchema,
  regionName: z.string().nullable(),
  regionCode: z.string().nullable(),
  reportCount: z.number().int(),
});
export type AgencyDto = z.infer<typeof agencyDtoSchema>;

export const findingCountsSchema = z.object({
  error: z.number().int(),
  warning: z.number().int(),
  info: z.number().int(),
});

export const reportSummaryDtoSchema = z.object({
  id: z.number().int(),
  agencyId: z.number().int(),
  agencyName: z.string(),
  regionName: z.string().nullable(),
  year: z.number().int().nullable(),
  template: z.enum(['2019', '2021', 'unknown']),
  fileName: z.string(),
  importedAt: z.string(),
  source: reportSourceSchema,
  findingCounts: findingCountsSchema,
});
export type ReportSummaryDto = z.infer<typeof reportSummaryDtoSchema>;

export const reportListDtoSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  reports: z.array(reportSummaryDtoSchema),
});
export type ReportListDto = z.infer<typeof reportListDtoSchema>;

/** A stored value with its provenance (null span for values with no printed cell). */
export const valueDtoSchema = z.object({
  code: z.string(),
  value: z.number().nullable(),
  blank: z.boolean(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
});
export type ValueDto = z.infer<typeof valueDtoSchema>;

export const reportDetailDtoSchema = z.object({
  report: reportSummaryDtoSchema.extend({ sha256: z.string(), encoding: z.string(), format: z.string() }),
  text: z.string(),
  values: z.array(valueDtoSchema),
  derived: z.record(z.string(), z.number().nullable()),
  facts: z.array(factSchema),
  findings: z.array(findingSchema.extend({ severity: severitySchema })),
});
export type ReportDetailDto = z.infer<typeof reportDetailDtoSchema>;

export const seriesPointSchema = z.object({
  year: z.number().int(),
  value: z.number().nullable(),
  reportId: z.number().int(),
});
export const seriesDtoSchema = z.object({
  metric: z.string(),
  series: z.array(
    z.object({ agencyId: z.number().int(), agencyName: z.string(), points: z.array(seriesPointSchema) }),
  ),
});
export type SeriesDto = z.infer<typeof seriesDtoSchema>;

/** `format=` of every list, series, comparison and ranking: JSON, or a download (CSV with BOM, xlsx). */
export const exportFormatSchema = z.enum(['json', 'csv', 'xlsx']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** A repeated query parameter (`?agency=1&agency=2`) arrives as a string when given once. */
const repeated = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(max));

/** Query of GET /api/series. */
export const seriesQuerySchema = z.object({
  metric: z.string().min(1).max(100),
  agency: repeated(z.coerce.number().int().positive(), 50),
  from: z.coerce.number().int().min(2000).max(2100).optional(),
  to: z.coerce.number().int().min(2000).max(2100).optional(),
  format: exportFormatSchema.optional(),
});

/** Query of GET /api/reports. */
export const reportListQuerySchema = z.object({
  q: z.string().max(200).optional(),
  agency: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  format: exportFormatSchema.optional(),
});

/** Query of GET /api/agencies. */
export const agencyListQuerySchema = z.object({
  q: z.string().max(200).optional(),
  kind: agencyKindSchema.optional(),
  format: exportFormatSchema.optional(),
});
