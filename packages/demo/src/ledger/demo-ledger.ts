import type { AgencyKind } from '@nianbao/schema';
import type { ManifestEntry } from '../generate/manifest.ts';
import { createRng, type Rng } from '../generate/prng.ts';

/** One unit's month in the demo ledger. */
export interface DemoLedgerRow {
  agency: string;
  kind: AgencyKind;
  region: string;
  regionCode: string;
  month: number;
  submitted: number;
  adopted: number;
  /** Adopted at each level; they add up to `adopted`. */
  city: number;
  province: number;
  national: number;
}

/** A year of the demo city's information-adoption ledger (政务信息报送台账). */
export interface DemoLedger {
  year: number;
  /** The prefecture the ledger belongs to (洛阳市). */
  city: string;
  rows: DemoLedgerRow[];
}

/** The manifest fields the ledger is drawn from. */
export type LedgerUnit = Pick<
  ManifestEntry,
  'agency' | 'kind' | 'region' | 'regionCode' | 'parentRegion' | 'year' | 'facts'
>;

// Items a year when the report states none, as the narrative generator draws them.
const SUBMITTED: Record<AgencyKind, [number, number]> = {
  government: [400, 1500],
  government_office: [200, 900],
  department: [25, 260],
  township: [10, 90],
  other: [30, 200],
};
// Fewer items around the Spring Festival, more at mid-year and year end (summaries, plans).
const SEASON = [0.7, 0.55, 0.95, 1, 1, 1.1, 0.9, 0.85, 1, 0.9, 1.1, 1.25];
const KIND_ORDER: AgencyKind[] = ['government', 'government_office', 'department', 'other', 'township'];
const collator = new Intl.Collator('zh-CN');

/** Splits `total` over the months in proportion to `weights` (largest remainder: sums exactly). */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, w) => a + w, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, c) => a + c, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left -= 1;
  }
  return counts;
}

/**
 * Which of the year's items were adopted, month by month: `adopted` of the `submitted` items drawn
 * without replacement, so no month adopts more than it submitted and the months sum exactly.
 */
function adoptedByMonth(rng: Rng, monthly: readonly number[], adopted: number): number[] {
  let pool = monthly.reduce((a, c) => a + c, 0);
  let left = adopted;
  return monthly.map((count) => {
    let taken = 0;
    for (let i = 0; i < count; i++) {
      if (rng.next() * pool < left) {
        taken += 1;
        left -= 1;
      }
      pool -= 1;
    }
    return taken;
  });
}

/** The level each adopted item reached: mostly the city, some the province, rarely the State Council. */
function levels(rng: Rng, kind: AgencyKind, adopted: number) {
  const national = kind === 'government' || kind === 'government_office' ? 0.04 : 0.015;
  const out = { city: 0, province: 0, national: 0 };
  for (let i = 0; i < adopted; i++) {
    const r = rng.next();
    if (r < national) out.national += 1;
    else if (r < national + 0.18) out.province += 1;
    else out.city += 1;
  }
  return out;
}

/**
 * The demo ledger of one year for every unit with a report of that year. Where the report states
 * 报送/采用 figures (`narrative.info_submitted` / `narrative.info_adopted`), the twelve months add
 * up to exactly them; other units get figures of the same kind. Deterministic in the seed.
 */
export function demoLedger(
  units: readonly LedgerUnit[],
  options: { year: number; seed: number },
): DemoLedger {
  const { year } = options;
  const rng = createRng(options.seed).fork(`ledger:${year}`);
  const ofYear = units
    .filter((u) => u.year === year)
    .sort(
      (a, b) =>
        a.regionCode.localeCompare(b.regionCode) ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        collator.compare(a.agency, b.agency),
    );
  const rows: DemoLedgerRow[] = [];
  for (const unit of ofYear) {
    const r = rng.fork(unit.agency);
    const [lo, hi] = SUBMITTED[unit.kind];
    const submitted = unit.facts['narrative.info_submitted'] ?? r.int(lo, hi);
    const stated = unit.facts['narrative.info_adopted'];
    const adopted =
      stated !== undefined && stated <= submitted ? stated : r.binomial(submitted, 0.15 + r.next() * 0.45);
    const monthly = allocate(
      submitted,
      SEASON.map((w) => w * (0.75 + r.next() * 0.5)),
    );
    const adoptedMonthly = adoptedByMonth(r, monthly, adopted);
    monthly.forEach((count, index) => {
      const taken = adoptedMonthly[index] ?? 0;
      rows.push({
        agency: unit.agency,
        kind: unit.kind,
        region: unit.region,
        regionCode: unit.regionCode,
        month: index + 1,
        submitted: count,
        adopted: taken,
        ...levels(r, unit.kind, taken),
      });
    });
  }
  const city =
    ofYear.find((u) => u.kind === 'government' && u.parentRegion.endsWith('省'))?.region ??
    ofYear[0]?.region ??
    '';
  return { year, city, rows };
}
