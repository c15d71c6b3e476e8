import { normalizeLabel } from '@nianbao/schema';

/** Anything with catalogue label variants: a row, column, group or metric definition. */
export interface Labelled {
  readonly labels: readonly string[];
}

const normalised = new WeakMap<Labelled, readonly string[]>();

/** The definition's label variants in normalised form (computed once per definition). */
export function normalisedLabels(def: Labelled): readonly string[] {
  let labels = normalised.get(def);
  if (labels === undefined) {
    labels = def.labels.map(normalizeLabel).filter((l) => l !== '');
    normalised.set(def, labels);
  }
  return labels;
}

// Containment is only trusted for labels long enough to be unambiguous ("总计" inside "(七)总计"
// is fine after normalisation, but "其他" would match "其他法律行政法规禁止公开").
const MIN_CONTAINED = 4;

/**
 * The definition whose label variants best match the printed text: an exact match on the
 * normalised text first, else the longest variant (≥ 4 characters) the text starts or ends with.
 */
export function matchLabel<T extends Labelled>(text: string, defs: readonly T[]): T | undefined {
  const key = normalizeLabel(text);
  return key === '' ? undefined : matchKey(key, defs);
}

/** `matchLabel` for text already passed through `normalizeLabel`. */
export function matchKey<T extends Labelled>(key: string, defs: readonly T[]): T | undefined {
  for (const def of defs) {
    if (normalisedLabels(def).includes(key)) return def;
  }
  let best: T | undefined;
  let bestLength = 0;
  for (const def of defs) {
    for (const label of normalisedLabels(def)) {
      if (label.length < MIN_CONTAINED || label.length <= bestLength) continue;
      if (key.startsWith(label) || key.endsWith(label)) {
        best = def;
        bestLength = label.length;
      }
    }
  }
  return best;
}
