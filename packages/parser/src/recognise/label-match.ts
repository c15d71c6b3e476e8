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

// Per catalogue list, the verdict for each key seen: labels repeat across thousands of reports.
// Bounded so that a corpus of odd labels cannot grow it without limit.
const MEMO_LIMIT = 4096;
const memo = new WeakMap<readonly Labelled[], Map<string, readonly Labelled[]>>();

const keys = new Map<string, string>();

/**
 * `normalizeLabel` of a printed cell, memoised: the same label cells recur in every report. The
 * memo holds copies, never the cell's own string, which may be a slice keeping a whole document alive.
 */
export function labelKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    const copy = detached(text);
    const normalised = normalizeLabel(text);
    key = normalised === text ? copy : detached(normalised);
    if (keys.size >= MEMO_LIMIT) keys.clear();
    keys.set(copy, key);
  }
  return key;
}

/** A copy of the string in memory of its own (V8 keeps substrings as views of their parent). */
function detached(s: string): string {
  return s.length < 13 ? s : Array.from(s).join('');
}

/** `matchLabel` for text already passed through `normalizeLabel`. */
export function matchKey<T extends Labelled>(key: string, defs: readonly T[]): T | undefined {
  return matchAllKey(key, defs)[0];
}

/**
 * Every definition with a variant equal to the key, in list order; failing that, the one whose
 * longest variant (≥ 4 characters) the key starts or ends with. Memoised per (list, key), so pass
 * the catalogue's own arrays rather than fresh copies.
 */
export function matchAllKey<T extends Labelled>(key: string, defs: readonly T[]): readonly T[] {
  if (key === '') return [];
  let cache = memo.get(defs);
  if (cache === undefined) {
    cache = new Map();
    memo.set(defs, cache);
  }
  const hit = cache.get(key);
  if (hit !== undefined) return hit as readonly T[];
  const found = computeMatches(key, defs);
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(key, found);
  return found;
}

function computeMatches<T extends Labelled>(key: string, defs: readonly T[]): readonly T[] {
  const exact = defs.filter((def) => normalisedLabels(def).includes(key));
  if (exact.length > 0) return exact;
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
  return best === undefined ? [] : [best];
}
