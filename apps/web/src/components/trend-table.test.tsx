import type { SeriesDto } from '@nianbao/schema';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildChartData, toChartData } from '../lib/series-rows.ts';
import { TrendTable } from './trend-table.tsx';

const series: SeriesDto = {
  metric: 'd.review.correction_rate',
  series: [
    {
      agencyId: 1,
      agencyName: '嵩县人民政府办公室',
      points: [
        { year: 2019, value: 25, reportId: 1 },
        { year: 2021, value: null, reportId: 3 },
      ],
    },
    { agencyId: 2, agencyName: '嵩县教育局', points: [{ year: 2021, value: 12.5, reportId: 4 }] },
  ],
};

function rowTexts() {
  return within(screen.getByTestId('trend-table'))
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

describe('TrendTable', () => {
  it('shows one row per year and one column per agency, values with their unit', () => {
    render(<TrendTable data={toChartData(series)} unit="%" caption="行政复议纠错率（%）" />);
    expect(rowTexts()).toEqual([
      ['年度', '嵩县人民政府办公室', '嵩县教育局'],
      ['2019', '25%', '—'],
      ['2020', '—', '—'],
      ['2021', '—', '12.5%'],
    ]);
    expect(screen.getByText('行政复议纠错率（%）')).toBeTruthy();
  });

  it('puts a space before word units', () => {
    const counts: SeriesDto = {
      metric: 't2.normative.made',
      series: [{ agencyId: 1, agencyName: '甲', points: [{ year: 2020, value: 9, reportId: 1 }] }],
    };
    render(<TrendTable data={toChartData(counts)} unit="件" caption="规范性文件" />);
    expect(rowTexts()[1]).toEqual(['2020', '9 件']);
  });

  it('marks a figure from a report with error findings', () => {
    const data = buildChartData([
      {
        key: 'a1',
        name: '甲',
        points: [
          { year: 2020, value: 9, flagged: true },
          { year: 2021, value: 4, flagged: false },
        ],
      },
    ]);
    render(<TrendTable data={data} unit="件" caption="规范性文件" />);
    const cells = within(screen.getByTestId('trend-table')).getAllByRole('cell');
    expect(within(cells[0] as HTMLElement).queryByTestId('quality-flag')).not.toBeNull();
    expect(within(cells[1] as HTMLElement).queryByTestId('quality-flag')).toBeNull();
  });
});
