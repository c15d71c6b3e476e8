import type { SyntheticReport } from '../model/synthetic-report.ts';
import { EXTENSIONS } from '../render/render-report.ts';
import type { RenderSpec } from '../render/render-spec.ts';
import { type CityShape, DEMO_SHAPE } from './city.ts';
import { generateCityReports } from './city-reports.ts';
import { planRendering, preferredFormat } from './plan.ts';
import { createRng } from './prng.ts';

/** The seed of the committed demo corpus. */
export const DEFAULT_DEMO_SEED = 20240601;

/** One file of the demo corpus: the report, how it is published, and where. */
export interface CorpusEntry {
  report: SyntheticReport;
  spec: RenderSpec;
  /** Path relative to the corpus folder: `<region>/<year>/<agency>.<ext>`. */
  file: string;
}

const agencyKeyOf = (report: SyntheticReport) => report.id.slice(0, report.id.lastIndexOf('-'));

/** The demo city's reports with their publication plan; deterministic in the seed. */
export function demoCorpus(seed: number = DEFAULT_DEMO_SEED, shape: CityShape = DEMO_SHAPE): CorpusEntry[] {
  const rng = createRng(seed);
  const reports = generateCityReports(rng, 0, shape);
  const plans = rng.fork('plans');
  return reports.map((report) => {
    const preferred = preferredFormat(plans.fork(agencyKeyOf(report)));
    const spec = planRendering(plans.fork(report.id), report, preferred);
    return {
      report,
      spec,
      file: `${report.region.name}/${report.year}/${report.agency}.${EXTENSIONS[spec.format]}`,
    };
  });
}
