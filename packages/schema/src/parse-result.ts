import { z } from 'zod';

/** Severity of a consistency finding. */
export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

/** A number stated in the prose ("label + number + unit"), with its source span. */
export const factSchema = z.object({
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  /** Canonical `narrative.*` code when the meaning is unambiguous, else null. */
  code: z.string().nullable(),
  /** Character offsets into the decoded text (end exclusive). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** True for "90余人次"-style approximate figures. */
  approximate: z.boolean().optional(),
});
export type Fact = z.infer<typeof factSchema>;

/** The outcome of one consistency rule on one report (or pair of reports). */
export const findingSchema = z.object({
  rule: z.string(),
  severity: severitySchema,
  message: z.string(),
  /** Metric codes of the cells involved. */
  codes: z.array(z.string()),
});
export type Finding = z.infer<typeof findingSchema>;

/** Where a table value was read: its span in the decoded text and its table coordinates. */
export const cellSourceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  table: z.enum(['t2', 't3', 't4']),
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
});
export type CellSource = z.infer<typeof cellSourceSchema>;

/** Printed cell values keyed by metric code; a cell printed blank is null, a missing one absent. */
export const valuesSchema = z.record(z.string(), z.number().nullable());
export type Values = z.infer<typeof valuesSchema>;

/** One line of `nianbao parse --json` for a file that was read (spec/metrics.md). */
export const parseResultSchema = z.object({
  file: z.string(),
  agency: z.string().nullable(),
  region: z.string().nullable(),
  year: z.number().int().nullable(),
  template: z.enum(['2019', '2021', 'unknown']),
  values: valuesSchema,
  facts: z.array(factSchema),
  findings: z.array(findingSchema),
});
export type ParseResult = z.infer<typeof parseResultSchema>;

/** One line of `nianbao parse --json` for a file that could not be read. */
export const parseErrorLineSchema = z.object({
  file: z.string(),
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ParseErrorLine = z.infer<typeof parseErrorLineSchema>;
