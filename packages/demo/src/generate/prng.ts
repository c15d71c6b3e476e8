/** A seeded pseudo-random source; every draw of the generator goes through one of these. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One element, chosen with the given relative weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** A Poisson-distributed count with mean `lambda`. */
  poisson(lambda: number): number;
  /** A binomial count: successes in `n` trials of probability `p`. */
  binomial(n: number, p: number): number;
  /** An independent stream derived from this one's seed and a label (stable under unrelated changes). */
  fork(label: string | number): Rng;
  /** The seed this stream was created from. */
  readonly seed: number;
}

/** FNV-1a over a string, mixed with a seed: derives child seeds from labels. */
export function hashSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: tiny, fast and good enough for synthetic data; same seed → same sequence. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new RangeError('pick() needs a non-empty list');
    return item;
  };
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    const total = items.reduce((a, [, w]) => a + w, 0);
    let r = next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    const last = items[items.length - 1];
    if (last === undefined) throw new RangeError('weighted() needs a non-empty list');
    return last[0];
  };
  const gaussian = () => {
    // Box–Muller; 1 - next() keeps the logarithm finite.
    return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  };
  const poisson = (lambda: number): number => {
    if (lambda <= 0) return 0;
    if (lambda > 40) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gaussian()));
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = next();
    while (p > limit) {
      k++;
      p *= next();
    }
    return k;
  };
  const binomial = (n: number, p: number): number => {
    if (n <= 0 || p <= 0) return 0;
    if (p >= 1) return n;
    if (n > 60) {
      const mean = n * p;
      const sd = Math.sqrt(n * p * (1 - p));
      return Math.min(n, Math.max(0, Math.round(mean + sd * gaussian())));
    }
    let k = 0;
    for (let i = 0; i < n; i++) if (next() < p) k++;
    return k;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted,
    poisson,
    binomial,
    fork: (label) => createRng(hashSeed(seed, String(label))),
    seed,
  };
}
