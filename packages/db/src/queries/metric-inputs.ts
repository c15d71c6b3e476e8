import { type Formula, metricByCode } from '@nianbao/schema';

function formulaCodes(formula: Formula): readonly string[] {
  if (formula.op === 'sum') return formula.of;
  return [
    ...formula.num,
    ...formula.den,
    ...(formula.denMinus ?? []),
    ...(formula.fallback ? [formula.fallback] : []),
  ];
}

/**
 * The code itself plus every code its formula reads, transitively: what must be loaded to
 * evaluate it without loading whole reports.
 */
export function metricInputs(code: string): Set<string> {
  const seen = new Set<string>();
  const visit = (c: string) => {
    if (seen.has(c)) return;
    seen.add(c);
    const formula = metricByCode(c)?.formula;
    if (formula) for (const input of formulaCodes(formula)) visit(input);
  };
  visit(code);
  return seen;
}
