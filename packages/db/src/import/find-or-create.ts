import type { AgencyKind } from '@nianbao/schema';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { ensureRegionChain } from '../regions/ensure-region-chain.ts';
import type { RegionLink } from '../regions/region-chain.ts';

/**
 * The id of the agency with this name, created on first sight. A later report may know more than
 * the first one did (its kind, its region); that knowledge fills gaps but never overwrites. The
 * region chain is only written when the agency has no region yet, or when the chain's code is news
 * to the agency's region (which then gets its code and parents).
 */
export async function findOrCreateAgency(
  db: Kysely<Database>,
  agency: { name: string; kind: AgencyKind | null; region: readonly RegionLink[] },
): Promise<number> {
  const regionId = () => ensureRegionChain(db, agency.region);
  const found = await db
    .selectFrom('agencies')
    .leftJoin('regions', 'regions.id', 'agencies.region_id')
    .select(['agencies.id', 'agencies.kind', 'agencies.region_id', 'regions.code as region_code'])
    .where('agencies.name', '=', agency.name)
    .executeTakeFirst();
  if (!found) {
    const created = await db
      .insertInto('agencies')
      .values({ name: agency.name, kind: agency.kind ?? 'other', region_id: await regionId() })
      .returning('id')
      .executeTakeFirstOrThrow();
    return created.id;
  }
  const kind = found.kind === 'other' && agency.kind ? agency.kind : found.kind;
  const codes = agency.region.flatMap((link) => (link.code === null ? [] : [link.code]));
  const news = found.region_code === null ? codes.length > 0 : !codes.includes(found.region_code);
  const region = found.region_id === null || news ? ((await regionId()) ?? found.region_id) : found.region_id;
  if (kind !== found.kind || region !== found.region_id) {
    await db.updateTable('agencies').set({ kind, region_id: region }).where('id', '=', found.id).execute();
  }
  return found.id;
}
