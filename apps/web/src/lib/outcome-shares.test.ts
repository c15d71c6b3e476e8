import { describe, expect, it } from 'vitest';
import { OUTCOMES, outcomeRows } from './outcome-shares.ts';

describe('outcomeRows', () => {
  it('turns counts into shares that add up to 100', () => {
    const [row] = outcomeRows([
      {
        name: '嵩县',
        values: {
          't3.granted.total': 30,
          't3.partial.total': 10,
          't3.denied.total': 5,
          't3.unable.total': 5,
          't3.not_processed.total': 0,
          't3.other.total': null,
        },
      },
    ]);
    expect(row?.total).toBe(50);
    expect(row?.shares).toEqual({
      't3.granted.total': 60,
      't3.partial.total': 20,
      't3.denied.total': 10,
      't3.unable.total': 10,
      't3.not_processed.total': 0,
      't3.other.total': 0,
    });
    expect(row?.counts['t3.other.total']).toBeNull();
    const sum = OUTCOMES.reduce((s, o) => s + (row?.shares[o.code] ?? 0), 0);
    expect(sum).toBeCloseTo(100, 10);
  });

  it('has no shares for a unit without applications', () => {
    const [zero, missing] = outcomeRows([
      { name: '甲', values: { 't3.granted.total': 0, 't3.partial.total': 0 }, flagged: true },
      { name: '乙', values: {} },
    ]);
    expect(zero?.total).toBe(0);
    expect(Object.values(zero?.shares ?? {})).toEqual([null, null, null, null, null, null]);
    expect(zero?.flagged).toBe(true);
    expect(missing?.total).toBeNull();
  });
});
