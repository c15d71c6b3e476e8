import { describe, expect, it } from 'vitest';
import { inCatalogueOrder } from './catalogue-order.ts';
import { METRICS } from './metrics.ts';

describe('inCatalogueOrder', () => {
  const [first, second, third] = METRICS.map((m) => m.code);

  it('sorts catalogue codes by their catalogue position', () => {
    expect(inCatalogueOrder([third ?? '', first ?? '', second ?? ''], 0)).toEqual([first, second, third]);
  });

  it('places codes outside the catalogue at the given position, ties in given order', () => {
    const codes = [third ?? '', 'x.unknown.b', second ?? '', 'x.unknown.a'];
    expect(inCatalogueOrder(codes, 1e9)).toEqual([second, third, 'x.unknown.b', 'x.unknown.a']);
    expect(inCatalogueOrder(codes, 1)).toEqual(['x.unknown.b', second, 'x.unknown.a', third]);
  });
});

describe('inCatalogueOrder on many codes', () => {
  it('sorts a whole reversed catalogue', () => {
    const codes = METRICS.map((m) => m.code);
    expect(inCatalogueOrder([...codes].reverse(), 0)).toEqual(codes);
    expect(inCatalogueOrder([], 0)).toEqual([]);
  });
});
