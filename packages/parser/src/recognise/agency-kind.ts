import type { AgencyKind } from '@nianbao/schema';

/**
 * The kind of agency, from how its name ends: 人民政府办公室 → government_office, 镇人民政府 or
 * 街道办事处 → township, 人民政府 → government, 局/委员会/中心… → department.
 */
export function agencyKindOf(agency: string | null): AgencyKind | null {
  if (agency === null) return null;
  const name = agency.replace(/\s+/gu, '');
  if (/政府办公(室|厅)$|政府办$|人民政府办公室$/u.test(name)) return 'government_office';
  if (/(镇|乡|街道)(人民政府|政府)?$|街道办事处$|街道办$/u.test(name)) return 'township';
  if (/人民政府$|政府$/u.test(name)) return 'government';
  if (/(局|委员会|委|办公室|办|厅|中心|署|所|院|处|站|队|部|会|馆|社|司)$/u.test(name)) return 'department';
  return 'other';
}
