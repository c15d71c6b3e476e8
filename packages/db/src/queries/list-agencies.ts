import type { AgencyDto, AgencyKind } from '@nianbao/schema';
import { inRegionSubtree } from '../regions/region-ref.ts';
import type { Store } from '../store.ts';
import { containsText } from './text-match.ts';

export interface AgencyFilter {
  /** Part of the agency's name. */
  q?: string;
  kind?: AgencyKind;
  /** Agencies placed in this region or any region below it (see resolveRegion for codes). */
  regionId?: number | undefined;
}

/** Agencies by name, each with its region and number of live reports. */
export async function listAgencies(store: Store, filter: AgencyFilter = {}): Promise<AgencyDto[]> {
  const { q, kind, regionId } = filter;
  const rows = await store.db
    .selectFrom('agencies')
    .leftJoin('regions', 'regions.id', 'agencies.region_id')
    .select((eb) => [
      'agencies.id',
      'agencies.name',
      'agencies.kind',
      'regions.name as region_name',
      'regions.code as region_code',
      eb
        .selectFrom('reports')
        .select(eb.fn.countAll().as('n'))
        .whereRef('reports.agency_id', '=', 'agencies.id')
        .where('reports.deleted_at', 'is', null)
        .as('report_count'),
    ])
    .$if(q !== undefined && q.trim() !== '', (qb) => qb.where(containsText('agencies.name', q?.trim() ?? '')))
    .$if(kind !== undefined, (qb) => qb.where('agencies.kind', '=', kind ?? 'other'))
    .$if(regionId !== undefined, (qb) => qb.where(inRegionSubtree('agencies.region_id', regionId ?? 0)))
    .orderBy('agencies.name')
    .orderBy('agencies.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    regionName: row.region_name,
    regionCode: row.region_code,
    reportCount: Number(row.report_count ?? 0),
  }));
}
