import { describe, expect, it } from 'vitest';
import { buildCity } from './city.ts';
import { fastReports, PROVINCE_CITY_SHAPE } from './fast-reports.ts';
import { nthLongName, nthName } from './names.ts';
import { createRng } from './prng.ts';

describe('fastReports', () => {
  it('yields exactly the requested count, spanning cities, deterministically', () => {
    const a = [...fastReports(5, 3000)];
    expect(a).toHaveLength(3000);
    expect(new Set(a.map((r) => r.id)).size).toBe(3000);
    expect(new Set(a.map((r) => r.parentRegion.code)).size).toBeGreaterThan(1);
    expect(a.some((r) => r.agency.startsWith('洛阳市'))).toBe(false);
    expect([...fastReports(5, 50)]).toEqual(a.slice(0, 50));
    expect([...fastReports(6, 50)]).not.toEqual(a.slice(0, 50));
  });

  it('gives every region a six-digit code under its parent', () => {
    for (const r of fastReports(1, 2000)) {
      expect(r.region.code).toMatch(/^\d{6}$/u);
      expect(r.parentRegion.code).toMatch(/^\d{6}$/u);
    }
  });
});

describe('province-scale names', () => {
  it('never give two agencies of different cities or counties the same name', () => {
    // 150 cities: beyond the 114 a 300,000-report benchmark store fills. A shared name would make the
    // importer read a new agency as an existing one moving region (a new version of it).
    const rng = createRng(1);
    const keyOf = new Map<string, string>();
    const clashes: string[] = [];
    for (let index = 1; index <= 150; index++) {
      for (const agency of buildCity(rng.fork(index), index, PROVINCE_CITY_SHAPE).agencies) {
        const seen = keyOf.get(agency.name);
        if (seen !== undefined && seen !== agency.key)
          clashes.push(`${agency.name}: ${seen} / ${agency.key}`);
        keyOf.set(agency.name, agency.key);
      }
    }
    expect(clashes).toEqual([]);
    expect(keyOf.size).toBeGreaterThan(150 * 300);
  });

  it('name each index differently and the same on every run', () => {
    const short = Array.from({ length: 1080 }, (_, n) => nthName(n));
    expect(new Set(short).size).toBe(1080);
    const long = Array.from({ length: 32_400 }, (_, n) => nthLongName(n));
    expect(new Set(long).size).toBe(32_400);
    expect(nthName(7)).toBe(short[7]);
    expect(() => nthName(1080)).toThrow(RangeError);
    expect(() => nthLongName(-1)).toThrow(RangeError);
  });
});
