import { METRICS, type Values } from '@nianbao/schema';
import { type Aggregation, aggregateInputs, aggregationOf, partSum } from '../queries/aggregate-metric.ts';
import { type CountedReport, REPORTS_CODE, type RollupTotals } from './rollup-values.ts';

interface RollupMetric {
  code: string;
  how: Aggregation;
  inputs: readonly string[];
  num: readonly string[];
  den: readonly string[];
  denMinus: readonly string[];
}

const ROLLUP_METRICS: readonly RollupMetric[] = METRICS.map((m) => {
  const formula = m.formula?.op === 'ratio' ? m.formula : undefined;
  return {
    code: m.code,
    how: aggregationOf(m.code),
    inputs: aggregateInputs(m.code),
    num: formula?.num ?? [],
    den: formula?.den ?? [],
    denMinus: formula?.denMinus ?? [],
  };
});

/** Row codes of a group: every metric, then the row that counts reports. */
const ROW_CODES: readonly string[] = [...ROLLUP_METRICS.map((m) => m.code), REPORTS_CODE];
const REPORTS_ROW = ROLLUP_METRICS.length;
/** Cells per row: total, den, reports, flagged, editions 2019, editions 2021. */
const FIELDS = 6;

/** The rollup rows of one region, year and kind, as flat arrays indexed by row. */
interface Group {
  regionId: number;
  year: number;
  kind: string;
  cells: Float64Array;
  /** Rows something was added to (or taken from): the rows a map of rows would hold. */
  touched: Uint8Array;
}

/** One rollup row's key and what is added to it. */
export interface RollupRow {
  code: string;
  regionId: number;
  year: number;
  kind: string;
  totals: RollupTotals;
}

/** What one report adds to each metric row it carries, computed once for all its regions. */
interface Contribution {
  count: number;
  rows: Int32Array;
  total: Float64Array;
  den: Float64Array;
  reports: Float64Array;
}

/** Reused between reports: contributions are applied before the next is computed. */
const scratch: Contribution = {
  count: 0,
  rows: new Int32Array(ROLLUP_METRICS.length),
  total: new Float64Array(ROLLUP_METRICS.length),
  den: new Float64Array(ROLLUP_METRICS.length),
  reports: new Float64Array(ROLLUP_METRICS.length),
};

/**
 * aggregateMetric's rules for one report: sums of present codes with blanks as 0, a ratio's two
 * sides only when the report states both; a metric none of whose inputs is present adds nothing.
 */
function contributionOf(values: Values): Contribution {
  const into = scratch;
  into.count = 0;
  for (let i = 0; i < ROLLUP_METRICS.length; i++) {
    const metric = ROLLUP_METRICS[i] as RollupMetric;
    let carrying = false;
    for (const code of metric.inputs) {
      if (code in values) {
        carrying = true;
        break;
      }
    }
    if (!carrying) continue;
    const k = into.count++;
    into.rows[k] = i;
    if (metric.how === 'ratio') {
      const n = partSum(values, metric.num);
      const d = partSum(values, metric.den);
      const both = n !== undefined && d !== undefined;
      into.total[k] = both ? n : 0;
      into.den[k] = both ? d - (partSum(values, metric.denMinus) ?? 0) : 0;
      into.reports[k] = both ? 1 : 0;
    } else {
      // Sums and printed percentages alike: carried means present (a blank counts, as 0).
      into.total[k] = metric.how === 'sum' ? (values[metric.code] ?? 0) : 0;
      into.den[k] = 0;
      into.reports[k] = 1;
    }
  }
  return into;
}

/**
 * Signed additions to rollup rows, accumulated in memory and written at once (applyRollups). Rows
 * of one region, year and kind sit in flat arrays, so counting a report under its county, city and
 * province costs one lookup per region, not one keyed string per metric and region.
 */
export class RollupDelta {
  readonly #groups = new Map<string, Group>();

  /** Adds (or, for a negative sign, takes out) what a report contributes under each of its regions. */
  add(report: CountedReport, sign: 1 | -1): void {
    if (report.regionIds.length === 0) return;
    const part = contributionOf(report.values);
    const flagged = report.flagged ? sign : 0;
    const e2019 = report.template === '2019' ? sign : 0;
    const e2021 = report.template === '2021' ? sign : 0;
    for (const regionId of report.regionIds) {
      const { cells, touched } = this.#group(regionId, report.year, report.kind);
      // Every report of the key, flagged or not; its editions are not needed.
      const r = REPORTS_ROW * FIELDS;
      cells[r + 2] = (cells[r + 2] ?? 0) + sign;
      cells[r + 3] = (cells[r + 3] ?? 0) + flagged;
      touched[REPORTS_ROW] = 1;
      for (let k = 0; k < part.count; k++) {
        const row = part.rows[k] ?? 0;
        const o = row * FIELDS;
        cells[o] = (cells[o] ?? 0) + sign * (part.total[k] ?? 0);
        cells[o + 1] = (cells[o + 1] ?? 0) + sign * (part.den[k] ?? 0);
        cells[o + 2] = (cells[o + 2] ?? 0) + sign * (part.reports[k] ?? 0);
        cells[o + 3] = (cells[o + 3] ?? 0) + flagged;
        cells[o + 4] = (cells[o + 4] ?? 0) + e2019;
        cells[o + 5] = (cells[o + 5] ?? 0) + e2021;
        touched[row] = 1;
      }
    }
  }

  /** Every row something was added to, group by group. */
  *rows(): Generator<RollupRow> {
    for (const { regionId, year, kind, cells, touched } of this.#groups.values()) {
      for (let row = 0; row < ROW_CODES.length; row++) {
        if (touched[row] !== 1) continue;
        const o = row * FIELDS;
        yield {
          code: ROW_CODES[row] ?? REPORTS_CODE,
          regionId,
          year,
          kind,
          totals: {
            total: cells[o] ?? 0,
            den: cells[o + 1] ?? 0,
            reports: cells[o + 2] ?? 0,
            flagged: cells[o + 3] ?? 0,
            editions2019: cells[o + 4] ?? 0,
            editions2021: cells[o + 5] ?? 0,
          },
        };
      }
    }
  }

  #group(regionId: number, year: number, kind: string): Group {
    const key = `${regionId}\u0000${year}\u0000${kind}`;
    let group = this.#groups.get(key);
    if (!group) {
      group = {
        regionId,
        year,
        kind,
        cells: new Float64Array(ROW_CODES.length * FIELDS),
        touched: new Uint8Array(ROW_CODES.length),
      };
      this.#groups.set(key, group);
    }
    return group;
  }
}
