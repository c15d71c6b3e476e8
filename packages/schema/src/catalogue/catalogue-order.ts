import { METRICS } from './metrics.ts';

/** From this many codes on, a scan of the catalogue beats a sort. */
const MARK_FROM = 24;

const ORDER: ReadonlyMap<string, number> = new Map(METRICS.map((m, i) => [m.code, i]));

/**
 * Distinct codes sorted into catalogue order; codes outside the catalogue take `unknownPosition`
 * (ties keep their given order). Marking positions avoids a map look-up per comparison: R7 and the
 * derived sums sort a hundred or more blank cells of some reports.
 */
export function inCatalogueOrder(codes: readonly string[], unknownPosition: number): string[] {
  if (codes.length === 0) return [];
  const positions = new Float64Array(codes.length);
  let i = 0;
  for (const code of codes) {
    const position = ORDER.get(code);
    if (position === undefined) return slowSort(codes, unknownPosition);
    positions[i++] = position;
  }
  // Codes are distinct: many are sorted by marking their positions and scanning the catalogue once.
  if (codes.length > MARK_FROM) {
    const marked = new Uint8Array(METRICS.length);
    for (const position of positions) marked[position] = 1;
    const sorted: string[] = [];
    for (let p = 0; p < marked.length; p++) if (marked[p] === 1) sorted.push(METRICS[p]?.code ?? '');
    return sorted;
  }
  positions.sort();
  const sorted: string[] = [];
  for (const position of positions) sorted.push(METRICS[position]?.code ?? '');
  return sorted;
}

function slowSort(codes: readonly string[], unknownPosition: number): string[] {
  return [...codes].sort((a, b) => (ORDER.get(a) ?? unknownPosition) - (ORDER.get(b) ?? unknownPosition));
}
