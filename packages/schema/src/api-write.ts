import { z } from 'zod';
import { exportFormatSchema, reportDetailDtoSchema } from './api.ts';
import { factSchema, findingSchema } from './parse-result.ts';

// DTOs and inputs of the write path (uploads, versions, corrections, audit, tokens) and of exports.
// Kept beside api.ts, which re-exports this file, so the read DTOs stay short.

/** One version of a report: the same agency and year, imported from a different file. */
export const reportVersionDtoSchema = z.object({
  id: z.number().int(),
  version: z.number().int(),
  fileName: z.string(),
  importedAt: z.string(),
  sha256: z.string(),
  isCurrent: z.boolean(),
  /** Set for a soft-deleted version (restorable). */
  deletedAt: z.string().nullable(),
});
export type ReportVersionDto = z.infer<typeof reportVersionDtoSchema>;

/** A value as read models return it: the effective value plus, when an editor corrected it, the extracted one. */
export const correctedValueDtoSchema = z.object({
  code: z.string(),
  value: z.number().nullable(),
  blank: z.boolean(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  corrected: z.boolean(),
  /** The value the parser read (null: blank or no cell); present only on corrected values. */
  extracted: z.number().nullable().optional(),
  correction: z.object({ reason: z.string(), by: z.string(), at: z.string() }).optional(),
});
export type CorrectedValueDto = z.infer<typeof correctedValueDtoSchema>;

/** GET /api/reports/:id: the detail with corrections marked and every version of the report. */
export const reportDetailWithVersionsDtoSchema = reportDetailDtoSchema.extend({
  values: z.array(correctedValueDtoSchema),
  versions: z.array(reportVersionDtoSchema),
});
export type ReportDetailWithVersionsDto = z.infer<typeof reportDetailWithVersionsDtoSchema>;

/** Query of GET /api/reports/:id/diff. */
export const reportDiffQuerySchema = z.object({ from: z.coerce.number().int().min(1).max(100_000) });

/** One value that differs between two versions. */
export const valueChangeDtoSchema = z.object({
  code: z.string(),
  change: z.enum(['changed', 'added', 'removed']),
  /** Absent from the older version: null with change `added`. */
  before: z.number().nullable(),
  after: z.number().nullable(),
});
export const reportDiffDtoSchema = z.object({
  from: z.object({ reportId: z.number().int(), version: z.number().int() }),
  to: z.object({ reportId: z.number().int(), version: z.number().int() }),
  changes: z.array(valueChangeDtoSchema),
});
export type ReportDiffDto = z.infer<typeof reportDiffDtoSchema>;

/** What storing a previewed file would do. */
export const previewStatusSchema = z.enum(['new', 'new_version', 'unchanged']);

/** One parsed upload, not stored: what the parser read and what a commit would do with it. */
export const uploadPreviewDtoSchema = z.object({
  previewId: z.string(),
  file: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  /** ISO 8601: after this the preview is forgotten and the file must be uploaded again. */
  expiresAt: z.string(),
  agency: z.string().nullable(),
  region: z.string().nullable(),
  year: z.number().int().nullable(),
  template: z.enum(['2019', '2021', 'unknown']),
  format: z.string(),
  encoding: z.string(),
  status: previewStatusSchema,
  /** The version number the file would get (or has, when unchanged). */
  version: z.number().int(),
  /** The live report it would supersede, or that already holds these bytes. */
  existingReportId: z.number().int().nullable(),
  flagged: z.boolean(),
  values: z.record(z.string(), z.number().nullable()),
  facts: z.array(factSchema),
  findings: z.array(findingSchema),
});
export type UploadPreviewDto = z.infer<typeof uploadPreviewDtoSchema>;

/** A file of a batch that failed, with a stable code and a precise message. */
export const batchFailureDtoSchema = z.object({
  file: z.string(),
  previewId: z.string().optional(),
  code: z.string(),
  message: z.string(),
});
export type BatchFailureDto = z.infer<typeof batchFailureDtoSchema>;

/** Body of POST /api/reports (multipart): previews and failures, nothing stored. */
export const uploadPreviewListDtoSchema = z.object({
  results: z.array(uploadPreviewDtoSchema),
  errors: z.array(batchFailureDtoSchema),
});
export type UploadPreviewListDto = z.infer<typeof uploadPreviewListDtoSchema>;

/** Body of POST /api/reports/commit. */
export const commitBodySchema = z.object({
  previews: z.array(z.string().min(1).max(100)).min(1).max(100),
});

/** One committed file. */
export const importOutcomeDtoSchema = z.object({
  previewId: z.string(),
  file: z.string(),
  status: z.enum(['imported', 'unchanged']),
  reportId: z.number().int(),
  agencyId: z.number().int(),
  agencyName: z.string(),
  year: z.number().int().nullable(),
  version: z.number().int(),
  flagged: z.boolean(),
  sha256: z.string(),
});
export const commitResultDtoSchema = z.object({
  results: z.array(importOutcomeDtoSchema),
  errors: z.array(batchFailureDtoSchema),
});
export type CommitResultDto = z.infer<typeof commitResultDtoSchema>;

/** Optional `reason` of DELETE /api/reports/:id and POST /api/reports/:id/restore. */
export const reasonQuerySchema = z.object({ reason: z.string().trim().min(1).max(1000).optional() });

/** Body of DELETE /api/reports/:id and POST /api/reports/:id/restore. */
export const reportStateDtoSchema = z.object({
  id: z.number().int(),
  deletedAt: z.string().nullable(),
  isCurrent: z.boolean(),
});
export type ReportStateDto = z.infer<typeof reportStateDtoSchema>;

/** Body of PATCH /api/reports/:id/values/:code. */
export const correctionBodySchema = z.object({
  /** The right value; null when the cell is really blank. */
  value: z.number().finite().nullable(),
  reason: z.string().trim().min(1).max(1000),
});
export type CorrectionBody = z.infer<typeof correctionBodySchema>;

export const correctionResultDtoSchema = z.object({
  reportId: z.number().int(),
  code: z.string(),
  value: z.number().nullable(),
  extracted: z.number().nullable(),
  /** False once a value is set back to what was extracted. */
  corrected: z.boolean(),
  /** False when the value already was the one asked for; nothing was written. */
  changed: z.boolean(),
  auditId: z.number().int().nullable(),
});
export type CorrectionResultDto = z.infer<typeof correctionResultDtoSchema>;

export const auditActionSchema = z.enum(['import', 'correct', 'delete', 'restore']);

/** Query of GET /api/audit. */
export const auditQuerySchema = z.object({
  report: z.coerce.number().int().positive().optional(),
  action: auditActionSchema.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  format: exportFormatSchema.optional(),
});

export const auditEntryDtoSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  action: auditActionSchema,
  reportId: z.number().int(),
  code: z.string().nullable(),
  oldValue: z.number().nullable(),
  newValue: z.number().nullable(),
  reason: z.string().nullable(),
  actor: z.object({ tokenId: z.number().int().nullable(), name: z.string() }),
});
export const auditListDtoSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  entries: z.array(auditEntryDtoSchema),
});
export type AuditListDto = z.infer<typeof auditListDtoSchema>;

export const tokenRoleSchema = z.enum(['reader', 'editor', 'admin']);

/** An API token as listed: never the token or its hash. */
export const tokenDtoSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  role: tokenRoleSchema,
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  /** ISO 8601; null: never expires. */
  expiresAt: z.string().nullable(),
});
export type TokenDto = z.infer<typeof tokenDtoSchema>;

/** Body of POST /api/tokens. */
export const tokenCreateBodySchema = z.object({
  name: z.string().trim().min(1).max(100),
  role: tokenRoleSchema,
  /** Days until the token stops working; absent: it never expires. */
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});

/** The one response that shows a token; it cannot be read again. */
export const createdTokenDtoSchema = tokenDtoSchema.extend({ token: z.string() });
