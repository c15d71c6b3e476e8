import type { AgencyKind } from '@nianbao/schema';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { regionLevelFromName } from './region-level.ts';

/** The id of the region with this name, created on first sight. */
export async function findOrCreateRegion(db: Kysely<Database>, name: string): Promise<number> {
  const found = await db
    .selectFrom('regions')
    .select('id')
    .where('name', '=', name)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (found) return found.id;
  const created = await db
    .insertInto('regions')
    .values({ name, code: null, level: regionLevelFromName(name), parent_id: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return created.id;
}

/**
 * The id of the agency with this name, created on first sight. A later report may know more than
 * the first one did (its kind, its region); that knowledge fills gaps but never overwrites. The
 * region is only looked up when the agency needs it, which after its first report is never.
 */
export async function findOrCreateAgency(
  db: Kysely<Database>,
  agency: { name: string; kind: AgencyKind | null; region: string | null },
): Promise<number> {
  const regionId = () => (agency.region ? findOrCreateRegion(db, agency.region) : Promise.resolve(null));
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
  const region = found.region_id ?? (await regionId());
  if (kind !== found.kind || region !== found.region_id) {
    await db.updateTable('agencies').set({ kind, region_id: region }).where('id', '=', found.id).execute();
  }
  return found.id;
}
