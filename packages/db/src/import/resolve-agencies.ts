import type { AgencyKind } from '@nianbao/schema';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import type { RegionLink } from '../regions/region-chain.ts';
import { findOrCreateAgency } from './find-or-create.ts';

/** What a report says about its agency. */
export interface AgencyClaim {
  name: string;
  kind: AgencyKind | null;
  region: readonly RegionLink[];
}

interface Known {
  id: number;
  kind: AgencyKind;
  regionId: number | null;
  regionCode: string | null;
}

/** Names per lookup: far below both engines' parameter limits. */
const NAMES_PER_QUERY = 500;

/** Whether findOrCreateAgency would write anything for this claim about a stored agency. */
function wouldChange(known: Known, claim: AgencyClaim): boolean {
  if (known.regionId === null) return true;
  if (known.kind === 'other' && claim.kind && claim.kind !== 'other') return true;
  const codes = claim.region.flatMap((link) => (link.code === null ? [] : [link.code]));
  return known.regionCode === null ? codes.length > 0 : !codes.includes(known.regionCode);
}

async function lookUp(db: Kysely<Database>, names: readonly string[]): Promise<Map<string, Known>> {
  const known = new Map<string, Known>();
  for (let i = 0; i < names.length; i += NAMES_PER_QUERY) {
    const rows = await db
      .selectFrom('agencies')
      .leftJoin('regions', 'regions.id', 'agencies.region_id')
      .select(['agencies.id', 'agencies.name', 'agencies.kind', 'agencies.region_id', 'regions.code'])
      .where('agencies.name', 'in', names.slice(i, i + NAMES_PER_QUERY))
      .execute();
    for (const r of rows)
      known.set(r.name, { id: r.id, kind: r.kind, regionId: r.region_id, regionCode: r.code });
  }
  return known;
}

/**
 * The agency id of every claim, in order, with findOrCreateAgency's rules: one lookup for all the
 * names, and the full find-or-create (region chain included) only for an agency that is new or
 * that a claim teaches something (its kind, its region). Claims are applied in order, so a later
 * claim about the same agency sees what an earlier one wrote.
 */
export async function resolveAgencies(
  db: Kysely<Database>,
  claims: readonly AgencyClaim[],
): Promise<{ ids: number[]; written: Set<number> }> {
  const known = await lookUp(db, [...new Set(claims.map((c) => c.name))]);
  // The claim last applied for each name: made again (the same agency's other years) it would find
  // what it left and write nothing, so it is not applied twice.
  const applied = new Map<string, { key: string; id: number }>();
  const ids: number[] = [];
  // Agencies a claim went through findOrCreateAgency for: new, or possibly given a kind or region.
  const written = new Set<number>();
  for (const claim of claims) {
    const found = known.get(claim.name);
    const key = JSON.stringify([claim.name, claim.kind, claim.region]);
    const last = applied.get(claim.name);
    if (last?.key === key) {
      ids.push(last.id);
      continue;
    }
    if (found && !wouldChange(found, claim)) {
      ids.push(found.id);
      continue;
    }
    const id = await findOrCreateAgency(db, claim);
    ids.push(id);
    written.add(id);
    applied.set(claim.name, { key, id });
    // Re-read what was written, so the next claim about this agency is judged against it.
    const fresh = (await lookUp(db, [claim.name])).get(claim.name);
    if (fresh) known.set(claim.name, fresh);
  }
  return { ids, written };
}
