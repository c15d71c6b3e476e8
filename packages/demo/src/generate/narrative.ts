import type { AgencyKind } from '@nianbao/schema';
import type { NarrativeFigures } from '../model/synthetic-report.ts';
import type { Rng } from './prng.ts';

/** Typical ranges per kind of body: [published items, information submitted, messages, accounts]. */
const RANGES: Record<
  AgencyKind,
  {
    published: [number, number];
    submitted: [number, number];
    messages: [number, number];
    accounts: [number, number];
  }
> = {
  government: { published: [2500, 9000], submitted: [400, 1500], messages: [200, 2000], accounts: [8, 40] },
  government_office: {
    published: [800, 3500],
    submitted: [200, 900],
    messages: [40, 600],
    accounts: [3, 20],
  },
  department: { published: [60, 900], submitted: [25, 260], messages: [0, 150], accounts: [1, 6] },
  township: { published: [20, 300], submitted: [10, 90], messages: [3, 60], accounts: [1, 3] },
  other: { published: [80, 600], submitted: [30, 200], messages: [5, 100], accounts: [1, 4] },
};

const stated = (rng: Rng, p: number, value: number): number | null => (rng.chance(p) ? value : null);

/**
 * The prose figures of one report. Which figures a report states is drawn too: real reports
 * mention some and skip others. `applicationsReceived` is only stated when applications arrived.
 */
export function simulateNarrative(
  rng: Rng,
  kind: AgencyKind,
  scale: number,
  newApplications: number,
): NarrativeFigures {
  const r = RANGES[kind];
  const size = Math.sqrt(Math.max(scale, 0.3));
  const scaled = ([lo, hi]: [number, number]) => Math.round(rng.int(lo, hi) * size);
  const total = scaled(r.published);
  const news = Math.round(total * (0.35 + rng.next() * 0.25));
  const submitted = Math.max(1, scaled(r.submitted));
  const adopted = rng.binomial(submitted, 0.15 + rng.next() * 0.45);
  const submittedStated = rng.chance(0.6);
  const training = rng.int(15, 320);
  const approximate = rng.chance(0.3) && training >= 30;
  return {
    publishedTotal: stated(rng, 0.8, total),
    publishedNews: stated(rng, 0.6, news),
    publishedInterpretation: stated(rng, 0.5, Math.max(1, Math.round(total * (0.02 + rng.next() * 0.06)))),
    publishedNotices: stated(rng, 0.4, Math.round(total * (0.08 + rng.next() * 0.12))),
    infoSubmitted: submittedStated ? submitted : null,
    infoAdopted: submittedStated && rng.chance(0.9) ? adopted : null,
    infoAdoptionRate: submittedStated && rng.chance(0.75) ? Math.round((adopted / submitted) * 100) : null,
    applicationsReceived: newApplications > 0 && rng.chance(0.6) ? newApplications : null,
    consultations: stated(rng, 0.4, rng.int(1, 30)),
    messagesReplied: stated(rng, 0.45, Math.max(1, scaled(r.messages))),
    trainingAttendance: stated(rng, 0.55, approximate ? Math.floor(training / 10) * 10 : training),
    trainingApproximate: approximate,
    newMediaAccounts: stated(rng, 0.45, rng.int(...r.accounts)),
  };
}
