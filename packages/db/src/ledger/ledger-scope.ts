import type { AgencyKind } from '@nianbao/schema';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { inRegionSubtree } from '../regions/region-ref.ts';
import { ledgerDb } from './ledger-tables.ts';

/** Which ledger entries a read looks at. */
export interface LedgerScope {
  year?: number | undefined;
  fromMonth?: number | undefined;
  toMonth?: number | undefined;
  regionId?: number | undefined;
  kind?: AgencyKind | undefined;
  agencyId?: number | undefined;
}

/** Ledger entries joined with their agency, narrowed to the scope; nothing selected yet. */
export function scopedEntries(db: Kysely<Database>, scope: LedgerScope) {
  const { year, fromMonth, toMonth, regionId, kind, agencyId } = scope;
  return ledgerDb(db)
    .selectFrom('ledger_entries')
    .innerJoin('agencies', 'agencies.id', 'ledger_entries.agency_id')
    .$if(year !== undefined, (qb) => qb.where('ledger_entries.year', '=', year ?? 0))
    .$if(fromMonth !== undefined, (qb) => qb.where('ledger_entries.month', '>=', fromMonth ?? 0))
    .$if(toMonth !== undefined, (qb) => qb.where('ledger_entries.month', '<=', toMonth ?? 0))
    .$if(regionId !== undefined, (qb) => qb.where(inRegionSubtree('agencies.region_id', regionId ?? 0)))
    .$if(kind !== undefined, (qb) => qb.where('agencies.kind', '=', kind ?? 'other'))
    .$if(agencyId !== undefined, (qb) => qb.where('ledger_entries.agency_id', '=', agencyId ?? 0));
}

/** Distinct values of an integer column over the scope, ascending. */
export async function distinctValues(
  db: Kysely<Database>,
  scope: LedgerScope,
  column: 'year' | 'month',
): Promise<number[]> {
  const rows = await scopedEntries(db, scope)
    .select(`ledger_entries.${column} as value`)
    .distinct()
    .execute();
  return rows.map((r) => Number(r.value)).sort((a, b) => a - b);
}

/** Distinct sources of the entries in scope. */
export async function entrySources(db: Kysely<Database>, scope: LedgerScope) {
  const rows = await scopedEntries(db, scope).select('ledger_entries.source').distinct().execute();
  return rows.map((r) => r.source).sort();
}
