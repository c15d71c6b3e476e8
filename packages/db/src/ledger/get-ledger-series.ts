import type { LedgerSeriesDto, LedgerSeriesPointDto } from '@nianbao/schema';
import type { Store } from '../store.ts';
import { ratePercent } from './competition-ranks.ts';
import { distinctValues, entrySources, scopedEntries } from './ledger-scope.ts';

/** Thrown when a ledger series names an agency the store does not have. */
export class LedgerAgencyNotFoundError extends Error {
  override readonly name = 'LedgerAgencyNotFoundError';
  readonly code = 'agency_not_found';

  constructor(readonly agencyId: number) {
    super(`no agency with id ${agencyId} in the store (see /api/agencies)`);
  }
}

export interface LedgerSeriesFilter {
  agencyId: number;
  /** Defaults to the unit's latest year with entries. */
  year?: number | undefined;
}

/**
 * One unit's year month by month (null counts for months without an entry) with running totals
 * from January. Throws LedgerAgencyNotFoundError.
 */
export async function getLedgerSeries(store: Store, filter: LedgerSeriesFilter): Promise<LedgerSeriesDto> {
  const agency = await store.db
    .selectFrom('agencies')
    .leftJoin('regions', 'regions.id', 'agencies.region_id')
    .select(['agencies.id', 'agencies.name', 'agencies.kind', 'regions.name as region_name'])
    .where('agencies.id', '=', filter.agencyId)
    .executeTakeFirst();
  if (!agency) throw new LedgerAgencyNotFoundError(filter.agencyId);
  const availableYears = await distinctValues(store.db, { agencyId: agency.id }, 'year');
  const year = filter.year ?? availableYears.at(-1) ?? null;
  const scope = { agencyId: agency.id, year: year ?? -1 };
  const [entries, sources] = await Promise.all([
    scopedEntries(store.db, scope)
      .select([
        'ledger_entries.month',
        'ledger_entries.submitted',
        'ledger_entries.adopted',
        'ledger_entries.adopted_city',
        'ledger_entries.adopted_province',
        'ledger_entries.adopted_national',
      ])
      .execute(),
    entrySources(store.db, scope),
  ]);
  const byMonth = new Map(entries.map((e) => [Number(e.month), e]));
  let ytdSubmitted = 0;
  let ytdAdopted = 0;
  const points: LedgerSeriesPointDto[] = [];
  for (let month = 1; month <= 12; month++) {
    const e = byMonth.get(month);
    ytdSubmitted += e?.submitted ?? 0;
    ytdAdopted += e?.adopted ?? 0;
    const leveled = e !== undefined && e.adopted_city !== null;
    const city = e?.adopted_city ?? 0;
    const province = e?.adopted_province ?? 0;
    const national = e?.adopted_national ?? 0;
    points.push({
      month,
      submitted: e?.submitted ?? null,
      adopted: e?.adopted ?? null,
      rate: e ? ratePercent(e.adopted, e.submitted) : null,
      ytdSubmitted,
      ytdAdopted,
      ytdRate: ratePercent(ytdAdopted, ytdSubmitted),
      adoptedByLevel:
        e && leveled
          ? { city, province, national, unspecified: Math.max(0, e.adopted - city - province - national) }
          : null,
    });
  }
  return {
    agency: { id: agency.id, name: agency.name, regionName: agency.region_name, kind: agency.kind },
    year,
    availableYears,
    sources,
    points,
  };
}
