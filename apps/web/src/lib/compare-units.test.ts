import type { ComparisonDto } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { barRows, compareUnits, topUnits } from './compare-units.ts';

const byRegion: ComparisonDto = {
  groupBy: 'region',
  year: 2022,
  metrics: ['d.applications.received'],
  parent: { id: 1, code: '410300', name: '洛阳市' },
  aggregation: { 'd.applications.received': 'sum' },
  rows: [
    {
      regionId: 2,
      regionCode: '410325',
      regionName: '嵩县',
      level: 'county',
      scope: 'subtree',
      reportCount: 30,
      flaggedCount: 2,
      values: { 'd.applications.received': 120 },
      counts: { 'd.applications.received': 30 },
    },
    {
      regionId: 9,
      regionCode: null,
      regionName: '开发区',
      level: null,
      scope: 'subtree',
      reportCount: 3,
      flaggedCount: 0,
      values: { 'd.applications.received': null },
      counts: {},
    },
    {
      regionId: 1,
      regionCode: '410300',
      regionName: '洛阳市',
      level: 'city',
      scope: 'own',
      reportCount: 40,
      flaggedCount: 0,
      values: { 'd.applications.received': 300 },
      counts: { 'd.applications.received': 40 },
    },
  ],
};

describe('compareUnits', () => {
  it('names sub-regions, links them for drilling down, and calls own agencies 本级', () => {
    const units = compareUnits(byRegion);
    expect(units.map((u) => [u.name, u.region, u.flaggedCount])).toEqual([
      ['嵩县', { region: '410325', regionId: undefined }, 2],
      ['开发区', { region: undefined, regionId: 9 }, 0],
      ['洛阳市（本级）', undefined, 0],
    ]);
  });

  it('makes agency rows units that open their report', () => {
    const units = compareUnits({
      groupBy: 'agency',
      year: 2022,
      metrics: ['x'],
      rows: [
        {
          agencyId: 4,
          agencyName: '嵩县教育局',
          regionName: '嵩县',
          reportId: 12,
          flagged: true,
          values: { x: 5 },
        },
      ],
    });
    expect(units).toEqual([
      { key: 'a4', name: '嵩县教育局', values: { x: 5 }, flaggedCount: 1, reportCount: 1, reportId: 12 },
    ]);
    expect(barRows(units, 'x')).toEqual([{ key: 'a4', name: '⚠ 嵩县教育局', value: 5, flagged: true }]);
  });
});

describe('topUnits', () => {
  it('orders by value, missing values last, and cuts at the limit', () => {
    const units = compareUnits(byRegion);
    expect(topUnits(units, 'd.applications.received', 10).map((u) => u.name)).toEqual([
      '洛阳市（本级）',
      '嵩县',
      '开发区',
    ]);
    expect(topUnits(units, 'd.applications.received', 1)).toHaveLength(1);
  });
});
