import type { SeriesResultDto } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { editionMarkers, seriesResultToChart } from './series-result.ts';
import { flagKey } from './series-rows.ts';

const dto: SeriesResultDto = {
  metric: 't2.normative.made',
  aggregation: 'sum',
  changedBetweenEditions: true,
  series: [
    {
      agencyId: 3,
      agencyName: '嵩县人民政府办公室',
      points: [
        { year: 2020, value: 9, reportId: 1, template: '2019', flagged: false },
        { year: 2021, value: 4, reportId: 2, template: '2021', flagged: true },
      ],
    },
  ],
  regions: [
    {
      regionId: 5,
      regionCode: null,
      regionName: '某开发区',
      points: [{ year: 2021, value: 1, reportCount: 1, flaggedCount: 0, template: '2021' }],
    },
    {
      regionId: 2,
      regionCode: '410325',
      regionName: '嵩县',
      points: [
        { year: 2020, value: 30, reportCount: 6, flaggedCount: 2, template: '2019' },
        { year: 2021, value: 41, reportCount: 7, flaggedCount: 0, template: '2021' },
      ],
    },
  ],
  editionBreaks: [
    { year: 2021, from: '2019', to: '2021' },
    { year: 2021, from: '2019', to: '2021' },
  ],
};

describe('seriesResultToChart', () => {
  it('puts region lines first in the order asked for, then agencies', () => {
    const chart = seriesResultToChart(
      dto,
      [
        { region: '410325', regionId: undefined },
        { region: undefined, regionId: 5 },
      ],
      [3],
    );
    expect(chart.lines.map((l) => [l.key, l.name])).toEqual([
      ['r410325', '嵩县'],
      ['rid5', '某开发区'],
      ['a3', '嵩县人民政府办公室'],
    ]);
    expect(chart.rows).toEqual([
      { year: 2020, r410325: 30, rid5: null, a3: 9 },
      { year: 2021, r410325: 41, rid5: 1, a3: 4 },
    ]);
    expect(chart.reportCounts?.get(flagKey('r410325', 2021))).toBe(7);
  });

  it('marks the figures behind which a report has error findings, for agencies and regions', () => {
    const chart = seriesResultToChart(dto, [{ region: '410325', regionId: undefined }], [3]);
    expect([...(chart.flagged ?? [])].sort()).toEqual([flagKey('a3', 2021), flagKey('r410325', 2020)].sort());
  });
});

describe('editionMarkers', () => {
  it('marks each break year once', () => {
    expect(editionMarkers(dto)).toEqual([{ year: 2021, label: '口径变化（2019版→2021版）' }]);
  });

  it('has no marker for a metric whose meaning did not change', () => {
    expect(editionMarkers({ ...dto, changedBetweenEditions: false })).toEqual([]);
  });
});
