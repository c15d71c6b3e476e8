import type { Values } from '../parse-result.ts';
import { ReportCells } from '../report-cells.ts';

/**
 * Reads cells for the rules: blank (null) reads as 0 and is remembered for R7; absent reads as
 * undefined so the rule can skip.
 */
export interface CellReader {
  /** One cell: its number, 0 for a blank, undefined when absent. */
  get(code: string): number | undefined;
  /** All cells, or undefined (and nothing remembered) when any is absent. */
  all(codes: readonly string[]): number[] | undefined;
  /** Whether a cell is present (printed, blank or stated as a fact), without remembering it. */
  has(code: string): boolean;
  /** Blank cells read as 0 so far. */
  readonly blanks: ReadonlySet<string>;
}

// A class rather than closures per report: the rules run once per parsed report.
class Reader implements CellReader {
  readonly blanks = new Set<string>();
  constructor(private readonly cells: ReportCells) {}

  get(code: string): number | undefined {
    const v = this.cells.get(code);
    if (v === undefined) return undefined;
    if (v === null) {
      this.blanks.add(code);
      return 0;
    }
    return v;
  }

  all(codes: readonly string[]): number[] | undefined {
    for (const code of codes) if (this.cells.get(code) === undefined) return undefined;
    const out: number[] = [];
    for (const code of codes) out.push(this.get(code) ?? 0);
    return out;
  }

  has(code: string): boolean {
    return this.cells.has(code);
  }
}

/** A reader over one report's values (printed cells merged with coded facts). */
export function createCellReader(values: Values | ReportCells): CellReader {
  return new Reader(values instanceof ReportCells ? values : new ReportCells(values));
}
