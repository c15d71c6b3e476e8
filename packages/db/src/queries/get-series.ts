import { computeDerived, type Fact, metricByCode, type SeriesDto, type Values } from '@nianbao/schema';
import type { Store } from '../store.ts';
import { metricInputs } from './metric-inputs.ts';

export interface SeriesFilter {
  metric: string;
  agency: readonly number[];
  /** First statistics year, inclusive. */
  from?: number;
  /** Last statistics year, inclusive. */
  to?: number;
}

/** Thrown for a metric code that is not in the catalogue. */
export class UnknownMetricError extends Error {
  override readonly name = 'UnknownMetricError';
  readonly code = 'unknown_metric';
  readonly metric: string;

  constructor(metric: string) {
    super(`unknown metric code ${JSON.stringify(metric)}: not in the metric catalogue (spec/metrics.md)`);
    this.metric = metric;
  }
}

/**
 * One series per requested agency (in the order asked, unknown ids left out): a point per current
 * report with a known year. The value is the printed one, the computed one for category sums and
 * `d.*`, or the first coded narrative fact; null when the report does not carry it.
 */
export async function getSeries(store: Store, filter: SeriesFilter): Promise<SeriesDto> {
  const { metric } = filter;
  if (!metricByCode(metric)) throw new UnknownMetricError(metric);
  const agencyIds = [...new Set(filter.agency)];
  if (agencyIds.length === 0) return { metric, series: [] };
  const { db } = store;

  const agencies = await db
    .selectFrom('agencies')
    .select(['id', 'name'])
    .where('id', 'in', agencyIds)
    .execute();
  // Joined rather than `in (report ids)`: a long series must not grow the statement's parameter list.
  const seriesReports = db
    .selectFrom('reports')
    .where('reports.agency_id', 'in', agencyIds)
    .where('reports.deleted_at', 'is', null)
    .where('reports.is_current', '=', true)
    .where('reports.year', 'is not', null)
    .$if(filter.from !== undefined, (qb) => qb.where('reports.year', '>=', filter.from ?? 0))
    .$if(filter.to !== undefined, (qb) => qb.where('reports.year', '<=', filter.to ?? 0));
  const inputs = [...metricInputs(metric)];

  const [reports, valueRows, factRows] = await Promise.all([
    seriesReports
      .select(['reports.id', 'reports.agency_id', 'reports.year', 'reports.template'])
      .orderBy('reports.year')
      .orderBy('reports.id')
      .execute(),
    seriesReports
      .innerJoin('report_values', 'report_values.report_id', 'reports.id')
      .select(['report_values.report_id', 'report_values.code', 'report_values.value'])
      .where('report_values.code', 'in', inputs)
      .execute(),
    seriesReports
      .innerJoin('facts', 'facts.report_id', 'reports.id')
      .select([
        'facts.report_id',
        'facts.label',
        'facts.value',
        'facts.unit',
        'facts.code',
        'facts.start',
        'facts.end',
      ])
      .where('facts.code', 'in', inputs)
      .orderBy('facts.start')
      .orderBy('facts.id')
      .execute(),
  ]);

  const values = new Map<number, Values>();
  for (const row of valueRows) {
    const entry = values.get(row.report_id) ?? {};
    entry[row.code] = row.value;
    values.set(row.report_id, entry);
  }
  const facts = new Map<number, Fact[]>();
  for (const { report_id, ...fact } of factRows) {
    const list = facts.get(report_id) ?? [];
    list.push(fact);
    facts.set(report_id, list);
  }

  const points = new Map<number, SeriesDto['series'][number]['points']>();
  for (const report of reports) {
    if (report.year === null) continue;
    const printed = values.get(report.id) ?? {};
    const stated = facts.get(report.id) ?? [];
    const derived = computeDerived(printed, report.template, stated);
    const value =
      metric in derived ? derived[metric] : (printed[metric] ?? stated.find((f) => f.code === metric)?.value);
    const list = points.get(report.agency_id) ?? [];
    list.push({ year: report.year, value: value ?? null, reportId: report.id });
    points.set(report.agency_id, list);
  }

  const names = new Map(agencies.map((a) => [a.id, a.name]));
  return {
    metric,
    series: agencyIds.flatMap((id) => {
      const name = names.get(id);
      return name === undefined ? [] : [{ agencyId: id, agencyName: name, points: points.get(id) ?? [] }];
    }),
  };
}
