import { type Fact, METRICS, type MetricDef, normalizeLabel } from '@nianbao/schema';
import type { RawFact } from './facts.ts';
import { normalisedLabels } from './label-match.ts';

const NARRATIVE: readonly MetricDef[] = METRICS.filter((m) => m.table === 'narrative');
// Counting units a report uses interchangeably for items (征集意见26条 vs 26次).
const COUNTS = new Set(['条', '件', '篇', '次', '期', '项']);

function unitsAgree(metricUnit: string, factUnit: string): boolean {
  return metricUnit === factUnit || (COUNTS.has(metricUnit) && COUNTS.has(factUnit));
}

interface Candidate {
  metric: MetricDef;
  /** Position of the matched wording in the metric's labels (they run most to least specific). */
  rank: number;
  length: number;
}

/** The narrative metric a fact's wording names, or null when none or several equally do. */
function candidateFor(fact: RawFact): Candidate | null {
  const context = normalizeLabel(fact.context);
  let best: Candidate | null = null;
  let tied = false;
  for (const metric of NARRATIVE) {
    if (!unitsAgree(metric.unit, fact.unit)) continue;
    const labels = normalisedLabels(metric);
    const rank = labels.findIndex((l) => {
      const at = context.indexOf(l);
      // "政策法规、政策解读等各类信息455条" counts a list, not 政策解读 alone.
      return at >= 0 && !context.slice(at + l.length).includes('等');
    });
    const label = labels[rank];
    if (label === undefined) continue;
    if (best === null || label.length > best.length) {
      best = { metric, rank, length: label.length };
      tied = false;
    } else if (label.length === best.length) {
      tied = true;
    }
  }
  return tied ? null : best;
}

/**
 * Gives facts their `narrative.*` code where the wording is unambiguous, at most one fact per
 * code: the one matched by the most specific wording, the earliest on a tie. So 政务动态335条
 * beats 嵩县新闻601条 for `narrative.published_news` (新闻 is the catalogue's loosest wording for
 * it), and a repeated statement keeps its code only the first time. Facts are never summed.
 */
export function assignFactCodes(raw: readonly RawFact[]): Fact[] {
  const candidates = raw.map(candidateFor);
  const winner = new Map<string, number>();
  candidates.forEach((c, i) => {
    if (c === null) return;
    const held = winner.get(c.metric.code);
    const current = held === undefined ? null : candidates[held];
    if (
      current === null ||
      current === undefined ||
      c.rank < current.rank ||
      (c.rank === current.rank && c.length > current.length)
    ) {
      winner.set(c.metric.code, i);
    }
  });
  const coded = new Map([...winner].map(([code, i]) => [i, code]));
  return raw.map((f, i) => {
    const fact: Fact = {
      label: f.label,
      value: f.value,
      unit: f.unit,
      code: coded.get(i) ?? null,
      start: f.start,
      end: f.end,
    };
    if (f.approximate) fact.approximate = true;
    return fact;
  });
}
