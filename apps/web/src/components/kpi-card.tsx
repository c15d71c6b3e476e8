import { Link } from 'react-router';
import { formatNumber, NO_VALUE } from '../lib/format-value.ts';
import { deltaDirection, formatDelta, type KpiFigure } from '../lib/kpi.ts';
import { QualityFlag } from './quality-flag.tsx';
import { Sparkline } from './sparkline.tsx';

const ARROWS = { up: '↑', down: '↓', flat: '→', none: '' } as const;

/**
 * One KPI of the overview: the figure for the year with its unit, the change from last year, and a
 * sparkline of the years so far. A ratio without a denominator reads —.
 */
export function KpiCard({
  code,
  label,
  unit,
  figure,
  flaggedCount,
  href,
}: {
  code: string;
  label: string;
  unit: string;
  figure: KpiFigure;
  /** Reports with error findings behind the figure. */
  flaggedCount?: number | undefined;
  /** Where the card leads (the trend of this metric). */
  href?: string | undefined;
}) {
  const direction = deltaDirection(figure.delta);
  const number = formatNumber(figure.value, unit);
  const content = (
    <>
      <span className="kpi-label">{label}</span>
      <span className="kpi-value" data-testid="kpi-value">
        {number}
        {number !== NO_VALUE && <span className="kpi-unit">{unit === '%' ? '%' : ` ${unit}`}</span>}
        {flaggedCount !== undefined && flaggedCount > 0 && <QualityFlag count={flaggedCount} compact />}
      </span>
      <span className={`kpi-delta delta-${direction}`} data-testid="kpi-delta">
        {direction !== 'none' && <span aria-hidden="true">{ARROWS[direction]} </span>}
        较上年 {formatDelta(figure, unit)}
      </span>
      <span className="kpi-spark">
        <Sparkline
          series={figure.spark}
          label={`${label}历年走势：${figure.spark
            .map((p) => `${p.year}年 ${p.value === null ? NO_VALUE : formatNumber(p.value, unit)}`)
            .join('，')}`}
        />
        {figure.spark.length > 1 && (
          <span className="spark-years" aria-hidden="true">
            {figure.spark[0]?.year}–{figure.year}
          </span>
        )}
      </span>
    </>
  );
  return (
    <li className="kpi-card" data-testid="kpi-card" data-code={code}>
      {href === undefined ? (
        content
      ) : (
        <Link className="kpi-link" to={href}>
          {content}
        </Link>
      )}
    </li>
  );
}
