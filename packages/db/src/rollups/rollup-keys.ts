import type { AgencyKind } from '@nianbao/schema';
import type { Kysely } from 'kysely';
import type { Database, RegionLevel } from '../database.ts';
import { insertRows } from '../import/insert-rows.ts';
import { regionSubtreeIds } from '../regions/region-ref.ts';
import { addContribution, type RollupTotals } from './rollup-values.ts';
import { applyRollups, loadCountedReports } from './rollup-writes.ts';

/** Levels whose regions carry rollup rows; a region line of any other region reads the reports. */
export const ROLLUP_LEVELS: ReadonlySet<RegionLevel> = new Set(['province', 'city', 'county']);

/** Parent links followed at most: the tree is four levels deep; the bound also stops a cycle. */
const MAX_STEPS = 8;

export type RegionInfo = { level: RegionLevel | null; parentId: number | null };

/** Loads the regions on the way up from `start` ids (the ids themselves included). */
export async function ancestry(
  db: Kysely<Database>,
  start: readonly number[],
): Promise<Map<number, RegionInfo>> {
  const regions = new Map<number, RegionInfo>();
  let frontier = [...new Set(start)];
  for (let step = 0; frontier.length > 0 && step < MAX_STEPS; step++) {
    const rows = await db
      .selectFrom('regions')
      .select(['id', 'level', 'parent_id'])
      .where('id', 'in', frontier)
      .execute();
    for (const r of rows) regions.set(r.id, { level: r.level, parentId: r.parent_id });
    frontier = [
      ...new Set(
        rows.flatMap((r) =>
          r.level !== null && ROLLUP_LEVELS.has(r.level)
            ? []
            : r.parent_id === null || regions.has(r.parent_id)
              ? []
              : [r.parent_id],
        ),
      ),
    ];
  }
  return regions;
}

/**
 * The region an agency's reports are counted under: its own region or the nearest one above it
 * that is a county, city or province (a township's reports count under its county). Null when
 * there is none: then no rollup region's subtree holds the agency, and no rollup needs it.
 */
export function rollupRegionOf(
  regionId: number | null,
  regions: ReadonlyMap<number, RegionInfo>,
): number | null {
  let at = regionId;
  for (let step = 0; at !== null && step < MAX_STEPS; step++) {
    const region = regions.get(at);
    if (!region) return null;
    if (region.level !== null && ROLLUP_LEVELS.has(region.level)) return at;
    at = region.parentId;
  }
  return null;
}

/**
 * Brings the rollup key (region, kind) of agencies up to date: the given ones (just created or
 * taught something by an import) and every agency below a region whose parent or level changed
 * since the last call. An agency whose key changed has its current reports moved from the old
 * rows to the new ones. Call it inside the writing transaction, before new reports are counted.
 */
export async function settleRollupKeys(db: Kysely<Database>, agencyIds: readonly number[]): Promise<void> {
  const dirty = await db.selectFrom('rollup_dirty_regions').select('region_id').execute();
  const candidates = new Set(agencyIds);
  if (dirty.length > 0) {
    const regionIds = new Set<number>();
    for (const { region_id } of dirty)
      for (const id of await regionSubtreeIds(db, region_id)) regionIds.add(id);
    const below = await db
      .selectFrom('agencies')
      .select('id')
      .where('region_id', 'in', [...regionIds])
      .execute();
    for (const a of below) candidates.add(a.id);
    await db.deleteFrom('rollup_dirty_regions').execute();
  }
  const all = [...candidates];
  // Chunked: a rebuild settles every agency of the store.
  for (let i = 0; i < all.length; i += AGENCIES_PER_STEP)
    await settle(db, all.slice(i, i + AGENCIES_PER_STEP));
}

/** Agencies settled per step; their reports' values are loaded together. */
const AGENCIES_PER_STEP = 200;

async function settle(db: Kysely<Database>, ids: readonly number[]): Promise<void> {
  const [agencies, stored] = await Promise.all([
    db.selectFrom('agencies').select(['id', 'kind', 'region_id']).where('id', 'in', ids).execute(),
    db
      .selectFrom('rollup_agencies')
      .select(['agency_id', 'region_id', 'kind'])
      .where('agency_id', 'in', ids)
      .execute(),
  ]);
  const regions = await ancestry(
    db,
    agencies.flatMap((a) => (a.region_id === null ? [] : [a.region_id])),
  );
  const before = new Map(stored.map((s) => [s.agency_id, s]));
  const moved: {
    agencyId: number;
    from: { regionId: number | null; kind: AgencyKind } | undefined;
    to: { regionId: number | null; kind: AgencyKind };
  }[] = [];
  for (const agency of agencies) {
    const to = { regionId: rollupRegionOf(agency.region_id, regions), kind: agency.kind };
    const old = before.get(agency.id);
    const from = old ? { regionId: old.region_id, kind: old.kind } : undefined;
    if (from && from.regionId === to.regionId && from.kind === to.kind) continue;
    moved.push({ agencyId: agency.id, from, to });
  }
  if (moved.length === 0) return;
  const totals = new Map<string, RollupTotals>();
  const counted = await loadCountedReports(db, { agencyIds: moved.map((m) => m.agencyId) });
  const byAgency = new Map(moved.map((m) => [m.agencyId, m]));
  for (const report of counted) {
    const move = byAgency.get(report.agencyId);
    if (!move) continue;
    if (move.from?.regionId != null) {
      addContribution(totals, { ...report, regionId: move.from.regionId, kind: move.from.kind }, -1);
    }
    if (move.to.regionId !== null) {
      addContribution(totals, { ...report, regionId: move.to.regionId, kind: move.to.kind }, 1);
    }
  }
  await applyRollups(db, totals);
  await db
    .deleteFrom('rollup_agencies')
    .where(
      'agency_id',
      'in',
      moved.map((m) => m.agencyId),
    )
    .execute();
  await insertRows(
    db,
    'rollup_agencies',
    moved.map((m) => ({ agency_id: m.agencyId, region_id: m.to.regionId, kind: m.to.kind })),
  );
}
