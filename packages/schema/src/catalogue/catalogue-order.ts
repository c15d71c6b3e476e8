import { METRICS } from './metrics.ts';

const ORDER: ReadonlyMap<string, number> = new Map(METRICS.map((m, i) => [m.code, i]));

/**
 * Distinct codes sorted into catalogue order; codes outside the catalogue take `unknownPosition`
 * (ties keep their given order). Sorting the catalogue positions as numbers avoids a map look-up per
 * comparison: R7 and the derived sums sort a hundred or more blank cells of some reports.
 */
export function inCatalogueOrder(codes: readonly string[], unknownPosition: number): string[] {
  const positions = new Float64Array(codes.length);
  let i = 0;
  for (const code of codes) {
    const position = ORDER.get(code);
    if (position === undefined) return slowSort(codes, unknownPosition);
    positions[i++] = position;
  }
  positions.sort();
  const sorted: string[] = [];
  for (const position of positions) sorted.push(METRICS[position]?.code ?? '');
  return sorted;
}

function slowSort(codes: readonly string[], unknownPosition: number): string[] {
  return [...codes].sort((a, b) => (ORDER.get(a) ?? unknownPosition) - (ORDER.get(b) ?? unknownPosition));
}
