import type { SyntheticReport } from '../model/synthetic-report.ts';
import { type AgencyHistory, editionFor, simulateAgency, YEARS } from './agency-history.ts';
import { type AgencyDef, buildCity, type CityShape } from './city.ts';
import { sumTables, type YearFigures } from './figures.ts';
import { applyFlaw, FLAW_KINDS } from './flaws.ts';
import { simulateNarrative } from './narrative.ts';
import type { Rng } from './prng.ts';
import { type PrintHabits, projectValues } from './project-values.ts';

/** Share of unit reports that carry a deliberate flaw. */
const FLAW_RATE = 0.03;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A publication date early in the following year. */
function publicationDate(rng: Rng, year: number): string {
  const month = rng.weighted([
    [1, 0.7],
    [2, 0.2],
    [3, 0.1],
  ] as const);
  return `${year + 1}-${pad2(month)}-${pad2(rng.int(month === 1 ? 8 : 1, 28))}`;
}

/** A government's summary: its units' tables added up, with prose figures of its own. */
function summaryHistory(
  rng: Rng,
  government: AgencyDef,
  histories: ReadonlyMap<string, AgencyHistory>,
): AgencyHistory {
  const years = new Map<number, YearFigures>();
  for (const year of YEARS) {
    const parts = government.units.flatMap((key) => {
      const f = histories.get(key)?.years.get(year);
      return f ? [f] : [];
    });
    if (parts.length === 0) continue;
    const tables = sumTables(parts);
    const received = tables.t3.new[tables.t3.new.length - 1] ?? 0;
    years.set(year, {
      ...tables,
      narrative: simulateNarrative(rng.fork(year), government.kind, government.scale, received),
    });
  }
  return { agency: government, years, lateAdopterUntil: null };
}

/**
 * Every report of one city over the demo years: units simulated first, governments' summaries
 * added up from them, values projected onto each year's edition, then ~3% of unit reports flawed.
 */
export function generateCityReports(rng: Rng, cityIndex: number, shape: CityShape): SyntheticReport[] {
  const city = buildCity(rng.fork(`city-${cityIndex}`), cityIndex, shape);
  const histories = new Map<string, AgencyHistory>();
  for (const agency of city.agencies) {
    if (agency.units.length === 0) histories.set(agency.key, simulateAgency(rng.fork(agency.key), agency));
  }
  for (const agency of city.agencies) {
    if (agency.units.length > 0)
      histories.set(agency.key, summaryHistory(rng.fork(agency.key), agency, histories));
  }
  const reports: SyntheticReport[] = [];
  let flawCount = 0;
  for (const agency of city.agencies) {
    const history = histories.get(agency.key);
    if (!history) continue;
    const habitRng = rng.fork(`${agency.key}:habits`);
    const blankHabit = habitRng.chance(0.15);
    const keepOtherServices = habitRng.chance(0.08);
    for (const [year, figures] of history.years) {
      const r = rng.fork(`${agency.key}:${year}`);
      const edition = editionFor(history, year);
      const habits: PrintHabits = {
        blankZeroResults: blankHabit ? r.chance(0.85) : r.chance(0.03),
        keepOtherServices: keepOtherServices && edition === '2021',
      };
      let values = projectValues(figures, edition, habits);
      const flaws: SyntheticReport['flaws'] = [];
      if (agency.units.length === 0 && r.chance(FLAW_RATE)) {
        const kind = FLAW_KINDS[flawCount % FLAW_KINDS.length] ?? 'traditional';
        flawCount++;
        const flawed = applyFlaw(r, kind, values);
        values = flawed.values;
        flaws.push(flawed.flaw);
      }
      reports.push({
        id: `${agency.key}-${year}`,
        agency: agency.name,
        agencyKind: agency.kind,
        region: agency.region,
        parentRegion: agency.parentRegion,
        year,
        edition,
        values,
        narrative: figures.narrative,
        flaws,
        published: publicationDate(r, year),
        domains: agency.domains,
        superior: agency.superior,
        variant: r.int(0, 0x7fffffff),
      });
    }
  }
  return reports;
}
