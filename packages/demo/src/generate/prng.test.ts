import { describe, expect, it } from 'vitest';
import { createRng } from './prng.ts';

const draws = (seed: number) => {
  const rng = createRng(seed);
  return Array.from({ length: 50 }, () => rng.next());
};

describe('createRng', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    expect(draws(42)).toEqual(draws(42));
    expect(draws(42)).not.toEqual(draws(43));
  });

  it('derives forks from the seed and label only, not from draws made before', () => {
    const a = createRng(7);
    const b = createRng(7);
    b.next();
    b.next();
    expect(a.fork('x').next()).toBe(b.fork('x').next());
    expect(a.fork('x').next()).not.toBe(a.fork('y').next());
  });

  it('keeps counts in range: int inclusive, binomial within n, poisson non-negative', () => {
    const rng = createRng(1);
    for (let i = 0; i < 2000; i++) {
      const k = rng.int(2, 5);
      expect(k >= 2 && k <= 5 && Number.isInteger(k)).toBe(true);
      const b = rng.binomial(80, 0.3);
      expect(b >= 0 && b <= 80).toBe(true);
      expect(rng.poisson(60)).toBeGreaterThanOrEqual(0);
    }
  });

  it('has sample means close to the requested ones', () => {
    const rng = createRng(99);
    const n = 20_000;
    let small = 0;
    let large = 0;
    for (let i = 0; i < n; i++) {
      small += rng.poisson(2.5);
      large += rng.poisson(150);
    }
    expect(small / n).toBeCloseTo(2.5, 1);
    expect(Math.abs(large / n - 150)).toBeLessThan(1);
  });
});
