import type {
  AgencyKind,
  LedgerLevelCounts,
  LedgerMeasure,
  LedgerRankingDto,
  LedgerRankingRowDto,
  LedgerScope as LedgerScopeName,
} from '@nianbao/schema';
import { sql } from 'kysely';
import { type RegionRef, resolveRegion } from '../regions/region-ref.ts';
import type { Store } from '../store.ts';
import { byRateDesc, competitionRanks, ratePercent } from './competition-ranks.ts';
import { distinctValues, entrySources, type LedgerScope, scopedEntries } from './ledger-scope.ts';

export interface LedgerRankingFilter {
  /** Defaults to the latest year with entries in the region and kind. */
  year?: number | undefined;
  /** Defaults to the latest month of the year with entries. */
  month?: number | undefined;
  scope: LedgerScopeName;
  region?: RegionRef | undefined;
  kind?: AgencyKind | undefined;
  by: LedgerMeasure;
  order: 'asc' | 'desc';
}

type Totals = Omit<LedgerRankingRowDto, 'ranks' | 'rate'>;

const collator = new Intl.Collator('zh-CN');
const MEASURES: Record<LedgerMeasure, (a: Totals, b: Totals) => number> = {
  submitted: (a, b) => b.submitted - a.submitted,
  adopted: (a, b) => b.adopted - a.adopted,
  rate: byRateDesc,
};

/**
 * Units ranked by items submitted, items adopted and adoption rate over one month or January
 * through that month (年累计). Competition ranks (1, 1, 3) per measure, largest first; a unit that
 * submitted nothing has no rate and no rate rank. Throws UnknownRegionError.
 */
export async function getLedgerRankings(
  store: Store,
  filter: LedgerRankingFilter,
): Promise<LedgerRankingDto> {
  const region = await resolveRegion(store.db, filter.region ?? {});
  const base: LedgerScope = { regionId: region?.id, kind: filter.kind };
  const availableYears = await distinctValues(store.db, base, 'year');
  const year = filter.year ?? availableYears.at(-1) ?? null;
  const availableMonths = year === null ? [] : await distinctValues(store.db, { ...base, year }, 'month');
  const month = filter.month ?? availableMonths.at(-1) ?? null;
  const empty: LedgerRankingDto = {
    year,
    month,
    scope: filter.scope,
    by: filter.by,
    order: filter.order,
    fromMonth: null,
    toMonth: null,
    availableYears,
    availableMonths,
    sources: [],
    totals: { submitted: 0, adopted: 0, rate: null },
    rows: [],
  };
  if (year === null || month === null) return empty;
  const fromMonth = filter.scope === 'ytd' ? 1 : month;
  const scope: LedgerScope = { ...base, year, fromMonth, toMonth: month };
  const [totals, sources] = await Promise.all([unitTotals(store, scope), entrySources(store.db, scope)]);
  const rows = rankRows(totals, filter.by, filter.order);
  const submitted = totals.reduce((sum, r) => sum + r.submitted, 0);
  const adopted = totals.reduce((sum, r) => sum + r.adopted, 0);
  return {
    ...empty,
    fromMonth,
    toMonth: month,
    sources,
    totals: { submitted, adopted, rate: ratePercent(adopted, submitted) },
    rows,
  };
}

/** Each unit's sums over the scope's months. */
async function unitTotals(store: Store, scope: LedgerScope): Promise<Totals[]> {
  const rows = await scopedEntries(store.db, scope)
    .leftJoin('regions', 'regions.id', 'agencies.region_id')
    .select((eb) => [
      'agencies.id as agency_id',
      'agencies.name as agency_name',
      'agencies.kind as kind',
      'regions.name as region_name',
      eb.fn.sum<number | string>('ledger_entries.submitted').as('submitted'),
      eb.fn.sum<number | string>('ledger_entries.adopted').as('adopted'),
      eb.fn.sum<number | string | null>('ledger_entries.adopted_city').as('city'),
      eb.fn.sum<number | string | null>('ledger_entries.adopted_province').as('province'),
      eb.fn.sum<number | string | null>('ledger_entries.adopted_national').as('national'),
      eb.fn.count<number | string>('ledger_entries.adopted_city').as('leveled'),
      eb.fn.countAll<number | string>().as('months'),
      eb.fn
        .max(sql<number>`case when ${sql.ref('ledger_entries.source')} = 'demo' then 1 else 0 end`)
        .as('demo'),
    ])
    .groupBy(['agencies.id', 'agencies.name', 'agencies.kind', 'regions.name'])
    .execute();
  return rows.map((r) => {
    const adopted = Number(r.adopted);
    return {
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      regionName: r.region_name,
      kind: r.kind,
      submitted: Number(r.submitted),
      adopted,
      adoptedByLevel: Number(r.leveled) > 0 ? levelCounts(adopted, r.city, r.province, r.national) : null,
      months: Number(r.months),
      demo: Number(r.demo) === 1,
    };
  });
}

function levelCounts(adopted: number, ...levels: (number | string | null)[]): LedgerLevelCounts {
  const [city = 0, province = 0, national = 0] = levels.map((v) => Number(v ?? 0));
  return { city, province, national, unspecified: Math.max(0, adopted - city - province - national) };
}

function rankRows(
  totals: readonly Totals[],
  by: LedgerMeasure,
  order: 'asc' | 'desc',
): LedgerRankingRowDto[] {
  const submitted = competitionRanks(totals, MEASURES.submitted);
  const adopted = competitionRanks(totals, MEASURES.adopted);
  const rate = competitionRanks(totals, MEASURES.rate, (t) => t.submitted > 0);
  const rows: LedgerRankingRowDto[] = totals.map((t, i) => ({
    ...t,
    rate: ratePercent(t.adopted, t.submitted),
    ranks: { submitted: submitted[i] ?? 0, adopted: adopted[i] ?? 0, rate: rate[i] ?? null },
  }));
  const sign = order === 'desc' ? 1 : -1;
  return rows.sort((a, b) => {
    const ra = a.ranks[by];
    const rb = b.ranks[by];
    // Unranked (no rate) rows come last in either order.
    if (ra === null || rb === null) {
      if (ra !== rb) return ra === null ? 1 : -1;
    } else if (ra !== rb) return sign * (ra - rb);
    return collator.compare(a.agencyName, b.agencyName) || a.agencyId - b.agencyId;
  });
}
