import { describe, expect, it } from 'vitest';
import { parseFilters, parseRegionCode, parseYear, withParams, writeFilters } from './filter-params.ts';

describe('parseFilters', () => {
  it('reads region, year and kind', () => {
    expect(parseFilters(new URLSearchParams('region=410323&year=2022&kind=department'))).toEqual({
      region: '410323',
      regionId: undefined,
      year: 2022,
      kind: 'department',
    });
  });

  it('treats malformed values as not stated', () => {
    expect(parseFilters(new URLSearchParams('region=嵩县&year=22&kind=ministry'))).toEqual({
      region: undefined,
      regionId: undefined,
      year: undefined,
      kind: undefined,
    });
  });

  it('bounds years and region codes', () => {
    expect(parseYear('1999')).toBeUndefined();
    expect(parseYear('2100')).toBe(2100);
    expect(parseRegionCode('41')).toBeUndefined();
    expect(parseRegionCode('410323')).toBe('410323');
    expect(parseRegionCode('410323100')).toBe('410323100');
    expect(parseRegionCode('410323100000')).toBe('410323100000');
    expect(parseRegionCode('410323100001')).toBeUndefined();
  });
});

describe('withParams', () => {
  it("sets, repeats and deletes keys, keeping keys it wasn't given", () => {
    const base = new URLSearchParams('metric=x&agency=1&agency=2&year=2020');
    const out = withParams(base, { agency: [3], year: undefined, flagged: true, view: '' });
    expect(out.toString()).toBe('metric=x&agency=3&flagged=1');
    expect(base.toString()).toBe('metric=x&agency=1&agency=2&year=2020');
  });
});

describe('writeFilters', () => {
  it('writes only the named filters and keeps page keys', () => {
    const base = new URLSearchParams('metric=x&region=410300&year=2020');
    expect(writeFilters(base, { year: 2021 }).toString()).toBe('metric=x&region=410300&year=2021');
    expect(writeFilters(base, { region: undefined, kind: 'township' }).toString()).toBe(
      'metric=x&year=2020&kind=township',
    );
  });

  it('names a region by code, or by id when it has no code', () => {
    const byCode = new URLSearchParams('regionId=7');
    expect(writeFilters(byCode, { region: '410300', regionId: 7 }).toString()).toBe('region=410300');
    expect(
      writeFilters(new URLSearchParams('region=410300'), { region: undefined, regionId: 7 }).toString(),
    ).toBe('regionId=7');
    expect(parseFilters(new URLSearchParams('regionId=7')).regionId).toBe(7);
    expect(parseFilters(new URLSearchParams('region=410300&regionId=7')).regionId).toBeUndefined();
  });

  it('round-trips through parseFilters', () => {
    const filters = { region: '410300', regionId: undefined, year: 2019, kind: 'government' as const };
    expect(parseFilters(writeFilters(new URLSearchParams(), filters))).toEqual(filters);
  });
});
