import type { SyntheticReport } from '../model/synthetic-report.ts';
import type { CityShape } from './city.ts';
import { generateCityReports } from './city-reports.ts';
import { createRng } from './prng.ts';

/** A city of a province-scale corpus: more counties, departments and townships than the demo city. */
export const PROVINCE_CITY_SHAPE: CityShape = { counties: 12, departments: 16, townships: 12 };

/**
 * Yields `count` synthetic reports without rendering them, city after city of an invented
 * province (the demo city, index 0, is left out), for benchmarks at province scale.
 */
export function* fastReports(
  seed: number,
  count: number,
  shape: CityShape = PROVINCE_CITY_SHAPE,
): Generator<SyntheticReport> {
  const rng = createRng(seed);
  let produced = 0;
  for (let city = 1; produced < count; city++) {
    for (const report of generateCityReports(rng, city, shape)) {
      yield report;
      produced++;
      if (produced >= count) return;
    }
  }
}
