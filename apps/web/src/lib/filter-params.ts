import type { AgencyKind } from '@nianbao/schema';
import { parseAgencyKind } from './agency-kinds.ts';

/** Earliest and latest statistics year accepted in links (the API's own bounds). */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/**
 * The filter bar shared by every page: a region, a year and an agency kind. A region is named by its
 * GB/T 2260 code, which stays valid across stores; `regionId` is for regions whose code is unknown.
 */
export interface Filters {
  region: string | undefined;
  regionId: number | undefined;
  year: number | undefined;
  kind: AgencyKind | undefined;
}

/** A statistics year from a link; anything else is "not stated". */
export function parseYear(raw: string | null | undefined): number | undefined {
  if (raw === null || raw === undefined || !/^\d{4}$/.test(raw)) return undefined;
  const year = Number(raw);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

/** A GB/T 2260 code from a link: 6 digits, or 9/12 for a township (the API's own rule). */
export function parseRegionCode(raw: string | null | undefined): string | undefined {
  const code = raw?.trim();
  return code !== undefined && /^\d{6}(\d{3}(000)?)?$/.test(code) ? code : undefined;
}

/** A positive integer id from a link. */
export function parseId(raw: string | null | undefined): number | undefined {
  if (raw === null || raw === undefined || !/^\d{1,15}$/.test(raw)) return undefined;
  const id = Number(raw);
  return id > 0 && Number.isSafeInteger(id) ? id : undefined;
}

/** Reads the shared filters from search params, dropping anything malformed. */
export function parseFilters(params: URLSearchParams): Filters {
  const region = parseRegionCode(params.get('region'));
  return {
    region,
    // A code wins: both in one link can only come from hand-editing.
    regionId: region === undefined ? parseId(params.get('regionId')) : undefined,
    year: parseYear(params.get('year')),
    kind: parseAgencyKind(params.get('kind')),
  };
}

/**
 * Writes search params: every key of `values` is set, or deleted when undefined/empty; arrays become
 * repeated keys. Keys not named in `values` are kept, so each page owns its own keys beside the filters.
 */
export function withParams(
  params: URLSearchParams,
  values: Readonly<Record<string, string | number | boolean | readonly (string | number)[] | undefined>>,
): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const [key, value] of Object.entries(values)) {
    out.delete(key);
    if (value === undefined || value === false || value === '') continue;
    if (Array.isArray(value)) {
      for (const item of value) out.append(key, String(item));
    } else {
      out.set(key, value === true ? '1' : String(value));
    }
  }
  return out;
}

/** Writes the shared filters over `params`, keeping the page's own keys. */
export function writeFilters(params: URLSearchParams, filters: Partial<Filters>): URLSearchParams {
  const values: Record<string, string | number | undefined> = {};
  if ('region' in filters || 'regionId' in filters) {
    values.region = filters.region;
    values.regionId = filters.region === undefined ? filters.regionId : undefined;
  }
  if ('year' in filters) values.year = filters.year;
  if ('kind' in filters) values.kind = filters.kind;
  return withParams(params, values);
}
