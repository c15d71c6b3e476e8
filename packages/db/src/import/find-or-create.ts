import type { AgencyKind } from '@nianbao/schema';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { ensureRegionChain } from '../regions/ensure-region-chain.ts';
import { regionChainFor } from '../regions/region-chain.ts';

/**
 * The id of the agency with this name, created on first sight. A later report may know more than
 * the first one did (its kind, its region); that knowledge fills gaps but never overwrites. The
 * region is only looked up when the agency needs it, which after its first report is never.
 */
export async function findOrCreateAgency(
  db: Kysely<Database>,
  agency: { name: string; kind: AgencyKind | null; region: string | null; regionCode?: string | null },
): Promise<number> {
  const regionId = () => ensureRegionChain(db, regionChainFor(agency.region, agency.regionCode ?? null));
  const found = await db
    .selectFrom('agencies')
    .select(['id', 'kind', 'region_id'])
    .where('name', '=', agency.name)
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
  // A code is worth a lookup even for a placed agency: it gives its (uncoded) region a code and parents.
  const region =
    found.region_id !== null && !agency.regionCode
      ? found.region_id
      : ((await regionId()) ?? found.region_id);
  if (kind !== found.kind || region !== found.region_id) {
    await db.updateTable('agencies').set({ kind, region_id: region }).where('id', '=', found.id).execute();
  }
  return found.id;
}
