import type { Edition } from '@nianbao/schema';
import type { AgencyDef } from './city.ts';
import { T3_WIDTH, type YearFigures } from './figures.ts';
import { simulateNarrative } from './narrative.ts';
import type { Rng } from './prng.ts';
import { initialT2State, simulateT2 } from './t2-simulation.ts';
import { simulateT3, simulateT4 } from './t3-simulation.ts';

/** Statistics years the demo covers. */
export const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025] as const;

/** How demand moved over the years (a 2021–2022 peak after the revised regulation took hold). */
const YEAR_FACTOR: Record<number, number> = {
  2019: 0.75,
  2020: 0.9,
  2021: 1.15,
  2022: 1.2,
  2023: 1.05,
  2024: 1,
  2025: 0.95,
};

/** One agency's simulated years and the habits that stay with it. */
export interface AgencyHistory {
  agency: AgencyDef;
  /** True figures per statistics year, only for years the agency existed. */
  years: Map<number, YearFigures>;
  /** Last year it still prints the 2019 tables in a 2021-edition year, or null. */
  lateAdopterUntil: number | null;
}

/** The edition an agency prints for a year. */
export function editionFor(history: Pick<AgencyHistory, 'lateAdopterUntil'>, year: number): Edition {
  if (year <= 2020) return '2019';
  return history.lateAdopterUntil !== null && year <= history.lateAdopterUntil ? '2019' : '2021';
}

/** Simulates a unit's years: carry-over and table-2 stocks follow on from year to year. */
export function simulateAgency(rng: Rng, agency: AgencyDef): AgencyHistory {
  const { profile, scale, kind } = agency;
  const firstYear =
    kind === 'other' ? 2020 : kind === 'township' && rng.chance(0.05) ? rng.pick([2020, 2021]) : 2019;
  const lateAdopterUntil =
    kind !== 'government' && rng.chance(0.05) ? (rng.chance(0.65) ? 2021 : 2022) : null;
  const makesRegulations = agency.level === 'city' && kind === 'government_office';
  const mean = profile.applications * scale * (0.5 + rng.next() * 1.2);
  const spike =
    mean >= 15 && rng.chance(0.3) ? { year: rng.int(2020, 2023), factor: 2 + rng.next() * 2 } : null;
  const forwardRate = mean > 10 ? 0.05 : 0.02;
  const state = initialT2State(rng, profile, makesRegulations);
  let carried = new Array<number>(T3_WIDTH).fill(0);
  if (mean > 10) carried[0] = rng.binomial(Math.round(mean), 0.04);
  const years = new Map<number, YearFigures>();
  for (const year of YEARS) {
    if (year < firstYear) continue;
    const y = rng.fork(year);
    const lambda = mean * (YEAR_FACTOR[year] ?? 1) * (spike?.year === year ? spike.factor : 1);
    const t3 = simulateT3(y, y.poisson(lambda), carried, forwardRate);
    carried = [...t3.carry_forward];
    const handled = t3.total[T3_WIDTH - 1] ?? 0;
    years.set(year, {
      t2: simulateT2(y, state, profile, scale, makesRegulations),
      t3,
      t4: simulateT4(y, handled, profile.reviewRate, profile.suitRate),
      narrative: simulateNarrative(y, kind, scale, t3.new[T3_WIDTH - 1] ?? 0),
    });
  }
  return { agency, years, lateAdopterUntil };
}
