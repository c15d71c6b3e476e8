import { inCatalogueOrder } from './catalogue/catalogue-order.ts';
import { METRICS, metricByCode } from './catalogue/metrics.ts';
import type { Edition, MetricDef, Template } from './metric.ts';
import type { ReportCells } from './report-cells.ts';

/** Computed values keyed by code, plus the blank cells that sums read as zero. */
export interface DerivedEvaluation {
  derived: Record<string, number | null>;
  /** Codes of printed-blank cells that entered a sum as 0, in catalogue order. */
  blanksReadAsZero: string[];
}

/** A code a formula reads; `computed` when the catalogue gives it a formula of its own. */
interface Term {
  code: string;
  computed: Computed | undefined;
}

/** A computed metric with its formula's codes resolved against the catalogue once, at load. */
interface Computed {
  index: number;
  code: string;
  editions: readonly Edition[];
  formula:
    | { op: 'sum'; of: Term[] }
    | { op: 'ratio'; num: Term[]; den: Term[]; denMinus: Term[]; fallback: string | undefined };
}

const COMPUTED_DEFS: readonly MetricDef[] = METRICS.filter((m) => m.formula !== undefined);
const COMPUTED: Computed[] = COMPUTED_DEFS.map((def, index) => ({
  index,
  code: def.code,
  editions: def.formulaEditions ?? def.editions,
  formula: { op: 'sum', of: [] },
}));
const BY_CODE = new Map(COMPUTED.map((c) => [c.code, c]));
const terms = (codes: readonly string[]): Term[] =>
  codes.map((code) => ({ code, computed: metricByCode(code)?.formula ? BY_CODE.get(code) : undefined }));
for (const [i, def] of COMPUTED_DEFS.entries()) {
  const f = def.formula;
  const target = COMPUTED[i];
  if (!f || !target) continue;
  target.formula =
    f.op === 'sum'
      ? { op: 'sum', of: terms(f.of) }
      : {
          op: 'ratio',
          num: terms(f.num),
          den: terms(f.den),
          denMinus: terms(f.denMinus ?? []),
          fallback: f.fallback,
        };
}

// Sums of decimal amounts (万元) would otherwise print as 15.910000000000002.
const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

/** One report's evaluation; a class so that no closures are created per report. */
class Evaluation {
  private readonly memo: (number | null | undefined)[] = [];
  private readonly done = new Uint8Array(COMPUTED.length);
  readonly blanks = new Set<string>();

  constructor(
    private readonly cells: ReportCells,
    private readonly template: Template,
  ) {}

  /** Whether a computed metric is computed (rather than printed) for a report of this template. */
  applies(c: Computed): boolean {
    // Without a recognised edition, a printed value (2019-style `t3.other.*`) wins over its formula.
    if (this.template === 'unknown') return !this.cells.has(c.code);
    return c.editions.includes(this.template);
  }

  resolve(c: Computed): number | null | undefined {
    if (this.done[c.index] === 0) {
      this.memo[c.index] = this.evaluate(c);
      this.done[c.index] = 1;
    }
    return this.memo[c.index];
  }

  private read(term: Term): number | null | undefined {
    const c = term.computed;
    return c && this.applies(c) ? this.resolve(c) : this.cells.get(term.code);
  }

  private sum(of: readonly Term[]): number | undefined {
    let total: number | undefined;
    for (const term of of) {
      const v = this.read(term);
      if (v === undefined) continue;
      if (v === null) this.blanks.add(term.code);
      total = (total ?? 0) + (v ?? 0);
    }
    return total === undefined ? undefined : tidy(total);
  }

  private evaluate(c: Computed): number | null | undefined {
    const f = c.formula;
    if (f.op === 'sum') return this.sum(f.of);
    const num = this.sum(f.num);
    const den = this.sum(f.den);
    const minus = this.sum(f.denMinus) ?? 0;
    const printed = f.fallback === undefined ? undefined : this.cells.get(f.fallback);
    let ratio: number | null | undefined;
    if (num === undefined && den === undefined) ratio = undefined;
    else if (num === undefined || den === undefined || den - minus <= 0) ratio = null;
    else ratio = (num / (den - minus)) * 100;
    return ratio === undefined || ratio === null ? (printed ?? ratio) : ratio;
  }
}

function run(cells: ReportCells, template: Template): [Record<string, number | null>, Set<string>] {
  const evaluation = new Evaluation(cells, template);
  const derived: Record<string, number | null> = {};
  for (const c of COMPUTED) {
    if (!evaluation.applies(c)) continue;
    const v = evaluation.resolve(c);
    if (v !== undefined) derived[c.code] = v;
  }
  return [derived, evaluation.blanks];
}

/** `evaluateDerived` over a report's cells already merged with its facts. */
export function evaluateCells(cells: ReportCells, template: Template): DerivedEvaluation {
  const [derived, blanks] = run(cells, template);
  return { derived, blanksReadAsZero: inCatalogueOrder([...blanks], 0) };
}

/** The blank cells the derived sums read as 0, in the order they were read (R7 sorts them itself). */
export function derivedBlanks(cells: ReportCells, template: Template): ReadonlySet<string> {
  return run(cells, template)[1];
}
