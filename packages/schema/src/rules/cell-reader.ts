import type { Values } from '../parse-result.ts';

/**
 * Reads cells for the rules: blank (null) reads as 0 and is remembered for R7; absent reads as
 * undefined so the rule can skip.
 */
export interface CellReader {
  /** One cell: its number, 0 for a blank, undefined when absent. */
  get(code: string): number | undefined;
  /** All cells, or undefined (and nothing remembered) when any is absent. */
  all(codes: readonly string[]): number[] | undefined;
  /** Blank cells read as 0 so far. */
  readonly blanks: ReadonlySet<string>;
}

/** A reader over one report's values (printed cells merged with coded facts). */
export function createCellReader(values: Values): CellReader {
  const blanks = new Set<string>();
  const get = (code: string): number | undefined => {
    const v = values[code];
    if (v === undefined) return undefined;
    if (v === null) blanks.add(code);
    return v ?? 0;
  };
  return {
    get,
    all(codes) {
      if (codes.some((c) => values[c] === undefined)) return undefined;
      return codes.map((c) => get(c) ?? 0);
    },
    blanks,
  };
}
