import type { AgencyKind } from '@nianbao/schema';

// Kept here instead of importing the schema's labels: a value import of @nianbao/schema would pull zod
// and the whole catalogue into the first page's bundle.

/** Agency kinds in filter order, with the names the dashboard shows. */
export const AGENCY_KINDS: readonly { kind: AgencyKind; label: string }[] = [
  { kind: 'government', label: '人民政府' },
  { kind: 'government_office', label: '政府办公室' },
  { kind: 'department', label: '部门' },
  { kind: 'township', label: '乡镇/街道' },
  { kind: 'other', label: '其他' },
];

/** Narrows a link's text to an agency kind. */
export function parseAgencyKind(raw: string | null | undefined): AgencyKind | undefined {
  return AGENCY_KINDS.find((k) => k.kind === raw)?.kind;
}

/** The Chinese name of an agency kind. */
export function agencyKindLabel(kind: AgencyKind): string {
  return AGENCY_KINDS.find((k) => k.kind === kind)?.label ?? kind;
}
