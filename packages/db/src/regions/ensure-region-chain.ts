import type { Kysely } from 'kysely';
import type { Database, RegionLevel } from '../database.ts';
import type { RegionLink } from './region-chain.ts';

const RANK: Record<RegionLevel, number> = { province: 1, city: 2, county: 3, township: 4 };

/**
 * Makes sure every region of the chain exists under the one before it and returns the id of the
 * last (null for an empty chain). A coded region is found by its code; an uncoded region of the
 * same name met earlier is adopted (given the code and its parent) instead of duplicated. Uncoded
 * regions are found by name under their parent, or by name alone at the top of a chain.
 */
export async function ensureRegionChain(
  db: Kysely<Database>,
  chain: readonly RegionLink[],
): Promise<number | null> {
  let parent: { id: number; level: RegionLevel | null } | null = null;
  for (const link of chain) {
    const id: number = link.code
      ? await ensureCoded(db, link, link.code, parent)
      : await ensureUncoded(db, link, parent?.id ?? null);
    parent = { id, level: link.level };
  }
  return parent?.id ?? null;
}

type Parent = { id: number; level: RegionLevel | null } | null;

async function ensureCoded(db: Kysely<Database>, link: RegionLink, code: string, parent: Parent) {
  const found = await db
    .selectFrom('regions')
    .select(['id', 'level', 'parent_id'])
    .where('code', '=', code)
    .executeTakeFirst();
  if (found) {
    const level = found.level ?? link.level;
    const parentId = (await isCloserParent(db, parent, found.parent_id))
      ? (parent?.id ?? null)
      : found.parent_id;
    if (level !== found.level || parentId !== found.parent_id) {
      await db
        .updateTable('regions')
        .set({ level, parent_id: parentId })
        .where('id', '=', found.id)
        .execute();
    }
    return found.id;
  }
  // An uncoded namesake is this place unless its position contradicts the code: it is a root, sits
  // under the chain's parent, or under an uncoded parent (洛阳市嵩县 met before 嵩县 had a code).
  const uncoded = await db
    .selectFrom('regions as r')
    .leftJoin('regions as p', 'p.id', 'r.parent_id')
    .select(['r.id', 'r.level', 'r.parent_id', 'p.parent_id as grandparent_id'])
    .where('r.code', 'is', null)
    .where('r.name', '=', link.name)
    .where((eb) =>
      parent === null
        ? eb('r.parent_id', 'is', null)
        : eb.or([eb('r.parent_id', 'is', null), eb('r.parent_id', '=', parent.id), eb('p.code', 'is', null)]),
    )
    .orderBy('r.id')
    .limit(1)
    .executeTakeFirst();
  if (uncoded) {
    // The uncoded parent is the more precise place (a city the chain could not name); it stays, and
    // it lies inside the chain's parent, so a parentless one is hung there.
    const keepsParent = parent !== null && uncoded.parent_id !== null && uncoded.parent_id !== parent.id;
    await db
      .updateTable('regions')
      .set({
        code,
        level: link.level ?? uncoded.level,
        parent_id: keepsParent ? uncoded.parent_id : (parent?.id ?? uncoded.parent_id),
      })
      .where('id', '=', uncoded.id)
      .execute();
    if (keepsParent && parent !== null && uncoded.parent_id !== null && uncoded.grandparent_id === null) {
      await db
        .updateTable('regions')
        .set({ parent_id: parent.id })
        .where('id', '=', uncoded.parent_id)
        .execute();
    }
    return uncoded.id;
  }
  return insertRegion(db, { ...link, code }, parent?.id ?? null);
}

/**
 * Codes fix the hierarchy, but a chain may skip a level whose name was unknown (a county hung under
 * its province). A stored parent is replaced only by one deeper in the tree, never by a shallower.
 */
async function isCloserParent(db: Kysely<Database>, parent: Parent, storedParentId: number | null) {
  if (parent === null || parent.id === storedParentId) return false;
  if (storedParentId === null) return true;
  const stored = await db
    .selectFrom('regions')
    .select('level')
    .where('id', '=', storedParentId)
    .executeTakeFirst();
  if (!stored?.level || !parent.level) return stored?.level === null;
  return RANK[parent.level] > RANK[stored.level];
}

async function ensureUncoded(db: Kysely<Database>, link: RegionLink, parentId: number | null) {
  // Region names repeat across the country, so below a known parent only that parent's child counts.
  // At the top of a chain there is nothing to tell namesakes apart; the first one met is taken.
  const found = await db
    .selectFrom('regions')
    .select('id')
    .where('name', '=', link.name)
    .$if(parentId !== null, (qb) => qb.where('parent_id', '=', parentId ?? 0))
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (found) return found.id;
  if (parentId !== null) {
    // A name first met on its own (no parent yet) is the same place once a report names its parent.
    const orphan = await db
      .selectFrom('regions')
      .select('id')
      .where('name', '=', link.name)
      .where('parent_id', 'is', null)
      .where('code', 'is', null)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    if (orphan) {
      await db.updateTable('regions').set({ parent_id: parentId }).where('id', '=', orphan.id).execute();
      return orphan.id;
    }
  }
  return insertRegion(db, link, parentId);
}

async function insertRegion(db: Kysely<Database>, link: RegionLink, parentId: number | null) {
  const created = await db
    .insertInto('regions')
    .values({ name: link.name, code: link.code, level: link.level, parent_id: parentId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return created.id;
}
