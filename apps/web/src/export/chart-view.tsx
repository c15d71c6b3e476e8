import { CaseBars } from '../components/case-bars.tsx';
import { CompareBars } from '../components/compare-bars.tsx';
import { OutcomeBars } from '../components/outcome-bars.tsx';
import { TrendChart } from '../components/trend-chart.tsx';
import { LedgerTrend } from '../pages/ledger-trend.tsx';
import type { ChartSpec } from './export-item.ts';

/** Draws a chart spec with the same component the dashboard page uses. */
export function ChartView({ spec, title }: { spec: ChartSpec; title: string }) {
  switch (spec.kind) {
    case 'trend':
      return (
        <TrendChart
          data={{ lines: spec.lines, rows: spec.rows }}
          unit={spec.unit}
          title={title}
          markers={spec.markers}
        />
      );
    case 'bars':
      return <CompareBars rows={spec.rows} unit={spec.unit} title={title} />;
    case 'outcomes':
      return <OutcomeBars rows={spec.rows} />;
    case 'cases':
      return <CaseBars rows={spec.rows} group={spec.group} title={title} />;
    case 'ledger':
      return <LedgerTrend series={spec.series} ytd={spec.ytd} />;
  }
}
