import type { LedgerSeriesDto } from '@nianbao/schema';
import type { BarRow } from '../components/compare-bars.tsx';
import { trendPoints } from '../lib/ledger-table.ts';
import { OUTCOMES, type OutcomeRow } from '../lib/outcome-shares.ts';
import { CASE_OUTCOMES, type CaseYearRow } from '../lib/review-cases.ts';
import type { EditionMarker } from '../lib/series-result.ts';
import type { ChartData } from '../lib/series-rows.ts';
import { barsSummary } from '../lib/summary-bars.ts';
import { casesSummary } from '../lib/summary-cases.ts';
import { yearsText } from '../lib/summary-format.ts';
import { ledgerSummary } from '../lib/summary-ledger.ts';
import { outcomesSummary } from '../lib/summary-outcomes.ts';
import { trendSummary } from '../lib/summary-trend.ts';
import type { ChartSpec, DataTable, ExportItem } from './export-item.ts';

/** An export item before the server's provenance and the moment of export are known. */
export type ChartItem = Omit<ExportItem, 'provenance' | 'generatedAt' | 'page'>;

const numberOrNull = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
/** Drawn shares are rounded as the tooltip shows them (one decimal), not to float noise. */
const share = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
const bare = (name: string) => name.replace(/^⚠\s*/, '');

/** A trend chart: one row per year, one column per line, in the order drawn. */
export function trendItem(options: {
  data: Pick<ChartData, 'lines' | 'rows'>;
  unit: string;
  markers?: readonly EditionMarker[] | undefined;
  title: string;
  subtitle: string;
  metricLabel: string;
  /** The lines are measures of this place (see trendSummary). */
  measuresOf?: string | undefined;
}): ChartItem {
  const { data, unit } = options;
  const chart: ChartSpec = {
    kind: 'trend',
    lines: data.lines.map((l) => ({ ...l })),
    rows: data.rows.map((r) => ({ ...r })),
    unit,
    markers: [...(options.markers ?? [])],
  };
  const table: DataTable = {
    columns: [{ header: '年度' }, ...data.lines.map((line) => ({ header: line.name, unit }))],
    rows: data.rows.map((row) => [row.year, ...data.lines.map((line) => numberOrNull(row[line.key]))]),
  };
  return {
    chart,
    title: options.title,
    subtitle: options.subtitle,
    unit,
    table,
    summary: trendSummary(data, { metricLabel: options.metricLabel, unit, measuresOf: options.measuresOf }),
  };
}

/** Horizontal bars: one row per unit in the order drawn, with its error-finding mark. */
export function barsItem(options: {
  rows: readonly BarRow[];
  unit: string;
  title: string;
  subtitle: string;
  metricLabel: string;
  year: number;
  scope: string;
  additive: boolean;
}): ChartItem {
  const { rows, unit } = options;
  return {
    chart: { kind: 'bars', rows: rows.map((r) => ({ ...r })), unit },
    title: options.title,
    subtitle: options.subtitle,
    unit,
    table: {
      columns: [{ header: '单位' }, { header: options.metricLabel, unit }, { header: '存在错误核对结果' }],
      rows: rows.map((r) => [bare(r.name), r.value, r.flagged ? '是' : '否']),
    },
    summary: barsSummary(rows, options),
  };
}

/** 100% stacked outcome bars: the drawn units (those with answered applications), shares and total. */
export function outcomesItem(options: {
  rows: readonly OutcomeRow[];
  title: string;
  subtitle: string;
  year: number;
  scope: string;
}): ChartItem {
  const drawn = options.rows.filter((r) => r.total !== null && r.total > 0);
  return {
    chart: { kind: 'outcomes', rows: options.rows.map((r) => ({ ...r })) },
    title: options.title,
    subtitle: options.subtitle,
    unit: '%',
    table: {
      columns: [
        { header: '单位' },
        { header: '办结总数', unit: '件' },
        ...OUTCOMES.map((o) => ({ header: o.label, unit: '%' })),
      ],
      rows: drawn.map((r) => [r.name, r.total, ...OUTCOMES.map((o) => share(r.shares[o.code]))]),
    },
    summary: outcomesSummary(options.rows, options),
  };
}

/** Cases by outcome per year for review or litigation, stacked in the order drawn. */
export function casesItem(options: {
  rows: readonly CaseYearRow[];
  group: 'review' | 'litigation';
  title: string;
  subtitle: string;
}): ChartItem {
  const { rows, group } = options;
  return {
    chart: { kind: 'cases', rows: rows.map((r) => ({ ...r })), group },
    title: options.title,
    subtitle: options.subtitle,
    unit: '件',
    table: {
      columns: [{ header: '年度' }, ...CASE_OUTCOMES.map((o) => ({ header: o.label, unit: '件' }))],
      rows: rows.map((row) => [
        row.year,
        ...CASE_OUTCOMES.map((o) => numberOrNull(row[`${group}.${o.key}`])),
      ]),
    },
    summary: casesSummary(rows, group),
  };
}

/** A subtitle from its parts: `洛阳市、嵩县 · 2019—2024年 · 各机构` (empty parts left out). */
export function subtitleOf(...parts: (string | undefined)[]): string {
  return parts.filter((p) => p !== undefined && p !== '').join(' · ');
}

/** The years a chart's rows span: `2019—2024年`, or undefined without rows. */
export function rowYears(rows: readonly { year: number }[]): string | undefined {
  const first = rows[0]?.year;
  const last = rows.at(-1)?.year;
  return first === undefined || last === undefined ? undefined : yearsText(first, last);
}

/** A unit's 报送 ledger year month by month (or as running totals), with the ledger as its source. */
export function ledgerItem(series: LedgerSeriesDto, ytd: boolean): ChartItem {
  const points = trendPoints(series.points, ytd);
  const demo = series.sources.includes('demo');
  return {
    chart: { kind: 'ledger', series, ytd },
    title: `${series.agency.name}政务信息${ytd ? '累计' : '逐月'}报送与采用`,
    subtitle: subtitleOf(
      series.agency.regionName ?? undefined,
      series.year === null ? undefined : `${series.year}年`,
    ),
    unit: '条',
    table: {
      columns: [
        { header: '月份' },
        { header: '报送', unit: '条' },
        { header: '采用', unit: '条' },
        { header: '采用率', unit: '%' },
      ],
      rows: points.map((p) => [p.label, p.submitted, p.adopted, share(p.rate)]),
    },
    summary: ledgerSummary(series.agency.name, series.year, series.points),
    source: {
      line: `数据来源：政务信息报送台账${series.year === null ? '' : `，${series.year} 年`}`,
      notes: demo ? ['演示数据：台账数字由演示数据生成器生成，并非真实台账'] : [],
    },
  };
}
