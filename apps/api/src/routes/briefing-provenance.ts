import { resolveRegion, type Store } from '@nianbao/db';
import { agencyKindSchema, regionCodeSchema } from '@nianbao/schema';
import { z } from 'zod';

const year = z.coerce.number().int().min(2000).max(2100);
const repeated = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(max));

/**
 * Query of GET /api/briefing/provenance: the same scope a chart's query names (region lines,
 * agency lines, kind, years), and whether the chart counts government summaries and flagged reports.
 */
export const provenanceQuerySchema = z.object({
  region: repeated(regionCodeSchema, 20),
  regionId: repeated(z.coerce.number().int().positive(), 20),
  agency: repeated(z.coerce.number().int().positive(), 50),
  kind: agencyKindSchema.optional(),
  year: year.optional(),
  from: year.optional(),
  to: year.optional(),
  /** Region totals leave government summary reports out unless a kind is chosen (rule X3). */
  summaries: z.enum(['include', 'exclude']).default('exclude'),
  /** Rankings leave reports with error findings out unless asked to include them. */
  flagged: z.enum(['include', 'exclude']).default('include'),
});
export type ProvenanceQuery = z.infer<typeof provenanceQuerySchema>;

/** What a chart's source line says: how many reports of which years, and which need a warning. */
export const provenanceDtoSchema = z.object({
  reportCount: z.number().int(),
  /** Statistics years of those reports, ascending. */
  years: z.array(z.number().int()),
  /** Reports with at least one error finding. */
  flaggedCount: z.number().int(),
  sources: z.object({ real: z.number().int(), demo: z.number().int(), upload: z.number().int() }),
});
export type ProvenanceDto = z.infer<typeof provenanceDtoSchema>;

/** Ids of a region and every region below it (the tree is small next to the reports). */
async function subtreeIds(store: Store, rootId: number): Promise<number[]> {
  const rows = await store.db.selectFrom('regions').select(['id', 'parent_id']).execute();
  const children = new Map<number, number[]>();
  for (const row of rows) {
    if (row.parent_id === null) continue;
    children.set(row.parent_id, [...(children.get(row.parent_id) ?? []), row.id]);
  }
  const ids = new Set<number>([rootId]);
  const queue = [rootId];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const child of children.get(id) ?? []) {
      // A mistaken cycle in parent links must not loop forever.
      if (!ids.has(child)) {
        ids.add(child);
        queue.push(child);
      }
    }
  }
  return [...ids];
}

/**
 * The current, live reports behind a chart: agencies in any named region (and below), of the kind,
 * plus the named agencies, in the years; counted by year, source and error findings. An unknown
 * region throws UnknownRegionError.
 */
export async function chartProvenance(store: Store, query: ProvenanceQuery): Promise<ProvenanceDto> {
  const regionIds = new Set<number>();
  for (const ref of [...query.region.map((code) => ({ code })), ...query.regionId.map((id) => ({ id }))]) {
    const region = await resolveRegion(store.db, ref);
    if (region !== undefined) for (const id of await subtreeIds(store, region.id)) regionIds.add(id);
  }
  const empty: ProvenanceDto = {
    reportCount: 0,
    years: [],
    flaggedCount: 0,
    sources: { real: 0, demo: 0, upload: 0 },
  };
  if (regionIds.size === 0 && query.agency.length === 0) return empty;

  const rows = await store.db
    .selectFrom('reports')
    .innerJoin('agencies', 'agencies.id', 'reports.agency_id')
    .where('reports.deleted_at', 'is', null)
    .where('reports.is_current', '=', true)
    .where('reports.year', 'is not', null)
    .$if(query.year !== undefined, (qb) => qb.where('reports.year', '=', query.year ?? 0))
    .$if(query.from !== undefined, (qb) => qb.where('reports.year', '>=', query.from ?? 0))
    .$if(query.to !== undefined, (qb) => qb.where('reports.year', '<=', query.to ?? 0))
    .where((eb) => {
      const inRegions = eb.and([
        eb('agencies.region_id', 'in', regionIds.size > 0 ? [...regionIds] : [-1]),
        ...(query.kind !== undefined
          ? [eb('agencies.kind', '=', query.kind)]
          : query.summaries === 'exclude'
            ? [eb('agencies.kind', '!=', 'government')]
            : []),
      ]);
      const named = eb('reports.agency_id', 'in', query.agency.length > 0 ? query.agency : [-1]);
      return eb.or([inRegions, named]);
    })
    .select((eb) => [
      'reports.year',
      'reports.source',
      eb
        .exists(
          eb
            .selectFrom('findings')
            .select('findings.id')
            .whereRef('findings.report_id', '=', 'reports.id')
            .where('findings.severity', '=', 'error'),
        )
        .as('flagged'),
      eb.fn.countAll().as('n'),
    ])
    .groupBy(['reports.year', 'reports.source', 'flagged'])
    .execute();

  const result = empty;
  const years = new Set<number>();
  for (const row of rows) {
    const n = Number(row.n);
    // Rankings drop flagged reports by default, so their source line must not count them.
    if (Number(row.flagged) && query.flagged === 'exclude') continue;
    result.reportCount += n;
    if (Number(row.flagged)) result.flaggedCount += n;
    result.sources[row.source] += n;
    if (row.year !== null) years.add(row.year);
  }
  result.years = [...years].sort((a, b) => a - b);
  return result;
}
