import { z } from 'zod';

/** What kind of body issued a report; drives filters and rankings. */
export const agencyKindSchema = z.enum([
  'government',
  'government_office',
  'department',
  'township',
  'other',
]);
export type AgencyKind = z.infer<typeof agencyKindSchema>;

/** Chinese names shown in the UI for each agency kind. */
export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  government: '人民政府',
  government_office: '政府办公室',
  department: '部门',
  township: '乡镇街道',
  other: '其他',
};
