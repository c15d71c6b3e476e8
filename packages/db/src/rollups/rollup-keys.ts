import type { AgencyKind } from '@nianbao/schema';
import type { Insertable, Kysely } from 'kysely';
import type { Database, RegionLevel, RollupAgencyTable } from '../database.ts';
import { insertRows } from '../import/insert-rows.ts';
import { regionSubtreeIds } from '../regions/region-ref.ts';
import { RollupDelta } from './rollup-delta.ts';
import {
  addLoaded,
  applyRollups,
  loadCountedReports,
  loadRollupKeys,
  type RollupChain,
} from './rollup-writes.ts';

/** Levels whose regions carry rollup rows; a region line of any other region reads the reports. */
export const ROLLUP_LEVELS: ReadonlySet<RegionLevel> = new Set(['province', 'city', 'county']);

/** Parent links followed at most: the tree is four levels deep; the bound also stops a cycle. */
const MAX_STEPS = 8;

export type RegionInfo = { level: RegionLevel | null; parentId: number | null };

/** Loads the regions from `start` ids up to the top of the tree (the ids themselves included). */
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
        rows.flatMap((r) => (r.parent_id === null || regions.has(r.parent_id) ? [] : [r.parent_id])),
      ),
    ];
  }
  return regions;
}

/**
 * The regions an agency's reports are counted under: every county, city and province at or above
 * its region (a township's reports count under its county, city and province). A region line of
 * such a region then reads its own rows, however large its subtree. Empty when there is none.
 */
export function rollupChainOf(regionId: number | null, regions: ReadonlyMap<number, RegionInfo>): number[] {
  const chain: number[] = [];
  let at = regionId;
  for (let step = 0; at !== null && step < MAX_STEPS; step++) {
    const region = regions.get(at);
    if (!region) break;
    if (region.level !== null && ROLLUP_LEVELS.has(region.level) && !chain.includes(at)) chain.push(at);
    at = region.parentId;
  }
  return chain.sort((a, b) => a - b);
}

const sameChain = (a: RollupChain, b: RollupChain) =>
  a.kind === b.kind &&
  a.regionIds.length === b.regionIds.length &&
  a.regionIds.every((id, i) => id === b.regionIds[i]);

/**
 * Brings the rollup key (regions and kind) of agencies up to date: the given ones (just created or
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
    loadRollupKeys(db, ids),
  ]);
  const regions = await ancestry(
    db,
    agencies.flatMap((a) => (a.region_id === null ? [] : [a.region_id])),
  );
  const moved: { agencyId: number; from: RollupChain | undefined; to: RollupChain }[] = [];
  for (const agency of agencies) {
    const to: RollupChain = { regionIds: rollupChainOf(agency.region_id, regions), kind: agency.kind };
    const from = stored.get(agency.id);
    if (from && sameChain(from, to)) continue;
    moved.push({ agencyId: agency.id, from, to });
  }
  if (moved.length === 0) return;
  const totals = new RollupDelta();
  const counted = await loadCountedReports(db, { agencyIds: moved.map((m) => m.agencyId) });
  const byAgency = new Map(moved.map((m) => [m.agencyId, m]));
  const under = (chain: RollupChain | undefined, agencyId: number) =>
    counted.filter((r) => r.agencyId === agencyId).map((r) => ({ ...r, rollup: chain }));
  for (const move of byAgency.values()) {
    addLoaded(totals, under(move.from, move.agencyId), -1);
    addLoaded(totals, under(move.to, move.agencyId), 1);
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
  // An agency counted nowhere keeps one row without a region, so that it counts as settled.
  await insertRows(
    db,
    'rollup_agencies',
    moved.flatMap(({ agencyId, to }): Insertable<RollupAgencyTable>[] =>
      to.regionIds.length === 0
        ? [{ agency_id: agencyId, region_id: null, kind: to.kind as AgencyKind }]
        : to.regionIds.map((regionId) => ({
            agency_id: agencyId,
            region_id: regionId,
            kind: to.kind as AgencyKind,
          })),
    ),
  );
}
