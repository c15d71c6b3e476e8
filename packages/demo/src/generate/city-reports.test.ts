import { checkCarryOver, checkInForce, checkReport, checkUnitsSum, isMetricCode } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { narrativeFacts } from '../model/narrative-facts.ts';
import type { SyntheticReport } from '../model/synthetic-report.ts';
import { buildCity, DEMO_SHAPE } from './city.ts';
import { generateCityReports } from './city-reports.ts';
import { createRng } from './prng.ts';

const SEED = 20240601;
const reports = generateCityReports(createRng(SEED), 0, DEMO_SHAPE);
const clean = reports.filter((r) => r.flaws.length === 0);
const snapshot = (r: SyntheticReport) => ({ year: r.year, template: r.edition, values: r.values });
const byAgency = new Map<string, SyntheticReport[]>();
for (const r of reports) {
  const key = r.id.slice(0, r.id.lastIndexOf('-'));
  byAgency.set(key, [...(byAgency.get(key) ?? []), r]);
}

describe('generateCityReports (demo city)', () => {
  it('covers a city government, office, departments, townships and a zone over 2019–2025', () => {
    const kinds = new Set(reports.map((r) => r.agencyKind));
    expect([...kinds].sort()).toEqual(['department', 'government', 'government_office', 'other', 'township']);
    expect(new Set(reports.map((r) => r.year))).toEqual(new Set([2019, 2020, 2021, 2022, 2023, 2024, 2025]));
    expect(reports.length).toBeGreaterThan(1400);
    expect(reports.length).toBeLessThan(1600);
    expect(new Set(reports.map((r) => r.id)).size).toBe(reports.length);
  });

  it('uses the 2019 edition for 2019–2020 and the 2021 edition after, with a few late adopters', () => {
    expect(reports.filter((r) => r.year <= 2020).every((r) => r.edition === '2019')).toBe(true);
    const late = reports.filter((r) => r.year >= 2021 && r.edition === '2019');
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((r) => r.year <= 2022)).toBe(true);
    expect(late.length).toBeLessThan(reports.filter((r) => r.year >= 2021).length * 0.1);
  });

  it('keys values by catalogue codes only', () => {
    const codes = new Set(reports.flatMap((r) => Object.keys(r.values)));
    expect([...codes].filter((c) => !isMetricCode(c))).toEqual([]);
  });

  it('produces no error or warning findings on unflawed reports, prose facts included (R1–R6)', () => {
    const findings = clean.flatMap((r) => {
      const facts = Object.entries(narrativeFacts(r.narrative)).map(([code, value]) => ({
        label: code,
        value,
        unit: '',
        code,
        start: 0,
        end: 0,
      }));
      return checkReport(r.values, facts, r.edition)
        .filter((f) => f.severity !== 'info')
        .map((f) => `${r.id} ${f.rule}`);
    });
    expect(findings).toEqual([]);
  });

  it('breaks R1/R3 in the reports flawed with a broken sum', () => {
    const broken = reports.filter((r) => r.flaws.some((f) => f.kind === 'broken_sum'));
    expect(broken.length).toBeGreaterThan(0);
    for (const r of broken) {
      const rules = checkReport(r.values, [], r.edition)
        .filter((f) => f.severity === 'error')
        .map((f) => f.rule);
      expect(
        rules.some((rule) => rule === 'R1' || rule === 'R3'),
        r.id,
      ).toBe(true);
    }
  });

  it('flaws about 3% of the reports, every kind at least once', () => {
    const flawed = reports.filter((r) => r.flaws.length > 0);
    expect(flawed.length / reports.length).toBeGreaterThan(0.015);
    expect(flawed.length / reports.length).toBeLessThan(0.05);
    expect(new Set(flawed.map((r) => r.flaws[0]?.kind))).toEqual(
      new Set(['broken_sum', 'truncated', 'blank_table', 'traditional']),
    );
  });

  it('carries applications over between years and keeps 现行有效件数 continuous (X1, X2)', () => {
    let pairs = 0;
    for (const list of byAgency.values()) {
      for (let i = 1; i < list.length; i++) {
        const prev = list[i - 1];
        const cur = list[i];
        if (!prev || !cur || prev.flaws.length > 0 || cur.flaws.length > 0) continue;
        pairs++;
        expect(checkCarryOver(snapshot(prev), snapshot(cur)), cur.id).toEqual([]);
        if (prev.edition === '2021') expect(checkInForce(snapshot(prev), snapshot(cur)), cur.id).toEqual([]);
      }
    }
    expect(pairs).toBeGreaterThan(1000);
  });

  it('makes each county government report the sum of its units (X3)', () => {
    const city = buildCity(createRng(SEED).fork('city-0'), 0, DEMO_SHAPE);
    const counties = city.agencies.filter((a) => a.kind === 'government' && a.level === 'county');
    expect(counties.length).toBeGreaterThan(0);
    const codes = [
      't3.new.total',
      't3.granted.total',
      't3.total.total',
      't4.review.total',
      't2.normative.made',
    ];
    let compared = 0;
    for (const county of counties)
      for (const year of [2019, 2020, 2021, 2022, 2023, 2024, 2025]) {
        const find = (key: string) => reports.find((r) => r.id === `${key}-${year}`);
        const summary = find(county.key);
        const units = county.units.map(find).filter((r): r is SyntheticReport => r !== undefined);
        // A flawed unit report prints figures that no longer add up, as in real life.
        if (!summary || units.some((u) => u.flaws.length > 0)) continue;
        compared++;
        expect(
          checkUnitsSum(
            summary.values,
            units.map((u) => u.values),
            codes,
          ),
          `${year}`,
        ).toEqual([]);
      }
    expect(compared).toBeGreaterThan(20);
  });

  it('gives most departments 0–5 applications a year and a few busy units dozens to hundreds', () => {
    const departments = reports.filter((r) => r.agencyKind === 'department');
    const newTotal = (r: SyntheticReport) => r.values['t3.new.total'] ?? 0;
    expect(departments.filter((r) => newTotal(r) <= 5).length / departments.length).toBeGreaterThan(0.6);
    const busy = departments.filter((r) => newTotal(r) >= 30).map((r) => r.agency);
    expect(busy.length).toBeGreaterThan(20);
    expect(busy.every((a) => /公安|自然资源|住房|人力资源|市场/u.test(a))).toBe(true);
  });

  it('states adoption rates that match adopted / submitted (R5 holds)', () => {
    const stated = clean.filter(
      (r) => r.narrative.infoAdoptionRate !== null && r.narrative.infoAdopted !== null,
    );
    expect(stated.length).toBeGreaterThan(100);
    for (const r of stated) {
      const { infoAdopted, infoSubmitted, infoAdoptionRate } = r.narrative;
      expect(
        Math.abs((infoAdoptionRate ?? 0) - ((infoAdopted ?? 0) / (infoSubmitted ?? 1)) * 100),
      ).toBeLessThanOrEqual(0.5);
    }
  });

  it('is deterministic in the seed', () => {
    expect(generateCityReports(createRng(SEED), 0, DEMO_SHAPE)).toEqual(reports);
    expect(generateCityReports(createRng(SEED + 1), 0, DEMO_SHAPE)).not.toEqual(reports);
  });
});
