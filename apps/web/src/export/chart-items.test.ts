import { describe, expect, it } from 'vitest';
import { barRows, compareUnits, topUnits } from '../lib/compare-units.ts';
import { outcomeRows } from '../lib/outcome-shares.ts';
import { casesByYear } from '../lib/review-cases.ts';
import { buildChartData } from '../lib/series-rows.ts';
import {
  barsItem,
  casesItem,
  ledgerItem,
  outcomesItem,
  rowYears,
  subtitleOf,
  trendItem,
} from './chart-items.ts';

describe('chart items', () => {
  it('tables a trend row per year and column per line, in the order drawn, with the summary', () => {
    const data = buildChartData([
      {
        key: 'r1',
        name: '洛阳市',
        points: [
          { year: 2023, value: 264 },
          { year: 2024, value: 312 },
        ],
      },
      { key: 'a2', name: '教育局', points: [{ year: 2024, value: null }] },
    ]);
    const item = trendItem({ data, unit: '件', title: 't', subtitle: 's', metricLabel: '申请收到数' });
    expect(item.table.columns.map((c) => [c.header, c.unit])).toEqual([
      ['年度', undefined],
      ['洛阳市', '件'],
      ['教育局', '件'],
    ]);
    expect(item.table.rows).toEqual([
      [2023, 264, null],
      [2024, 312, null],
    ]);
    expect(item.chart).toMatchObject({ kind: 'trend', unit: '件', rows: data.rows });
    expect(item.summary[0]).toContain('洛阳市（312件）');
    // Plain JSON: a briefing keeps it in localStorage.
    expect(JSON.parse(JSON.stringify(item))).toEqual(item);
  });

  it('tables bars in drawn order without the ⚠ mark, which becomes a column', () => {
    const units = compareUnits({
      groupBy: 'agency',
      year: 2024,
      metrics: ['m'],
      rows: [
        { agencyId: 1, agencyName: '甲局', regionName: null, reportId: 1, flagged: false, values: { m: 3 } },
        { agencyId: 2, agencyName: '乙局', regionName: null, reportId: 2, flagged: true, values: { m: 9 } },
      ],
    });
    const rows = barRows(topUnits(units, 'm', 10), 'm');
    const item = barsItem({
      rows,
      unit: '件',
      title: 't',
      subtitle: 's',
      metricLabel: '申请',
      year: 2024,
      scope: '嵩县各机构',
      additive: true,
    });
    expect(item.table.rows).toEqual([
      ['乙局', 9, '是'],
      ['甲局', 3, '否'],
    ]);
    expect(item.table.columns[1]).toEqual({ header: '申请', unit: '件' });
  });

  it('tables the drawn outcome shares and case outcomes per year', () => {
    const outcomes = outcomeRows([
      { name: '甲局', values: { 't3.granted.total': 2, 't3.denied.total': 1 } },
      { name: '乙局', values: {} },
    ]);
    const item = outcomesItem({ rows: outcomes, title: 't', subtitle: 's', year: 2024, scope: '嵩县' });
    // Only drawn units; shares rounded to one decimal as the tooltip prints them.
    expect(item.table.rows).toEqual([['甲局', 3, 66.7, 0, 33.3, 0, 0, 0]]);

    const cases = casesByYear(new Map([['t4.review.upheld', [{ year: 2024, value: 4 }]]]));
    const review = casesItem({ rows: cases, group: 'review', title: 't', subtitle: 's' });
    expect(review.table.columns.map((c) => c.header)).toEqual(['年度', '维持', '纠正', '其他', '尚未审结']);
    expect(review.table.rows).toEqual([[2024, 4, null, null, null]]);
  });

  it('joins subtitle parts and names the year span', () => {
    expect(subtitleOf('洛阳市', undefined, '', '各机构')).toBe('洛阳市 · 各机构');
    expect(rowYears([{ year: 2019 }, { year: 2024 }])).toBe('2019—2024年');
    expect(rowYears([])).toBeUndefined();
  });
});

describe('ledger item', () => {
  it('tables the months drawn and names the ledger, not annual reports, as its source', () => {
    const point = (
      month: number,
      submitted: number | null,
      adopted: number | null,
      ytdS: number,
      ytdA: number,
    ) => ({
      month,
      submitted,
      adopted,
      rate: submitted ? ((adopted ?? 0) / submitted) * 100 : null,
      ytdSubmitted: ytdS,
      ytdAdopted: ytdA,
      ytdRate: ytdS ? (ytdA / ytdS) * 100 : null,
      adoptedByLevel: null,
    });
    const series = {
      agency: { id: 3, name: '市教育局', regionName: '洛阳市', kind: 'department' as const },
      year: 2024,
      availableYears: [2024],
      sources: ['demo' as const],
      points: [point(1, 3, 1, 3, 1), point(2, null, null, 3, 1)],
    };
    const monthly = ledgerItem(series, false);
    expect(monthly.table.rows).toEqual([
      ['1月', 3, 1, 33.3],
      ['2月', null, null, null],
    ]);
    expect(monthly.source).toEqual({
      line: '数据来源：政务信息报送台账，2024 年',
      notes: ['演示数据：台账数字由演示数据生成器生成，并非真实台账'],
    });
    expect(ledgerItem(series, true).table.rows[1]).toEqual(['2月', 3, 1, 33.3]);
  });
});
