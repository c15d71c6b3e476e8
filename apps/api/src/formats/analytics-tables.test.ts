import type { ComparisonDto, RankingDto } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../test-support/api-fixture.ts';
import { comparisonTable, rankingTable } from './analytics-tables.ts';
import { toCsv } from './csv.ts';

const csvRows = (csv: string) => parseCsv(csv.slice(1));

describe('analytics tables', () => {
  it('write a ranking with its metric, unit, previous rank and flag', () => {
    const ranking: RankingDto = {
      metric: 't3.new.total',
      year: 2021,
      order: 'desc',
      includeFlagged: true,
      sort: 'rank',
      dir: 'asc',
      total: 2,
      ranked: 2,
      flaggedCount: 1,
      valueScale: 12,
      offset: 0,
      limit: null,
      rows: [
        {
          rank: 1,
          agencyId: 7,
          agencyName: '甲局',
          regionName: '嵩县',
          reportId: 70,
          value: 12,
          previousValue: 10,
          previousRank: 2,
          change: 2,
          flagged: false,
        },
        {
          rank: 1,
          agencyId: 8,
          agencyName: '乙局',
          regionName: null,
          reportId: 80,
          value: 12,
          previousValue: null,
          previousRank: null,
          change: null,
          flagged: true,
        },
      ],
    };
    const [header, ...rows] = csvRows(toCsv(rankingTable(ranking)));
    expect(header).toEqual([
      '名次',
      '机构编号',
      '机构名称',
      '地区',
      '报告编号',
      expect.stringMatching(/（件）$/),
      '上年值（件）',
      '上年名次',
      '变化（件）',
      '存在错误',
    ]);
    expect(rows).toEqual([
      ['1', '7', '甲局', '嵩县', '70', '12', '10', '2', '2', '否'],
      ['1', '8', '乙局', '', '80', '12', '', '', '', '是'],
    ]);
  });

  it('write agency and region comparisons with one column per metric', () => {
    const byAgency: ComparisonDto = {
      groupBy: 'agency',
      year: 2021,
      metrics: ['t3.new.total', 't2.procurement.amount'],
      rows: [
        {
          agencyId: 1,
          agencyName: '甲局',
          regionName: '嵩县',
          reportId: 9,
          flagged: false,
          values: { 't3.new.total': 3, 't2.procurement.amount': 1.5 },
        },
      ],
    };
    const [aHeader, aRow] = csvRows(toCsv(comparisonTable(byAgency)));
    expect(aHeader?.slice(0, 5)).toEqual(['机构编号', '机构名称', '地区', '报告编号', '存在错误']);
    expect(aHeader?.[6]).toMatch(/（万元）$/);
    expect(aRow).toEqual(['1', '甲局', '嵩县', '9', '否', '3', '1.5']);

    const byRegion: ComparisonDto = {
      groupBy: 'region',
      year: 2021,
      metrics: ['t3.new.total'],
      parent: { id: 1, code: '410300', name: '洛阳市' },
      aggregation: { 't3.new.total': 'sum' },
      rows: [
        {
          regionId: 2,
          regionCode: '410325',
          regionName: '嵩县',
          level: 'county',
          scope: 'subtree',
          reportCount: 4,
          flaggedCount: 1,
          values: { 't3.new.total': null },
          counts: { 't3.new.total': 0 },
        },
      ],
    };
    const [rHeader, rRow] = csvRows(toCsv(comparisonTable(byRegion)));
    expect(rHeader?.slice(5, 7)).toEqual(['报告数（份）', '存在错误的报告（份）']);
    expect(rRow).toEqual(['2', '410325', '嵩县', '县', '含下级', '4', '1', '']);
  });
});
