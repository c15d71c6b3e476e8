import { describe, expect, it } from 'vitest';
import { fastReports } from './fast-reports.ts';

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
