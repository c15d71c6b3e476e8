import {
  computeDerived,
  type Fact,
  type ReportDetailDto,
  type Severity,
  type ValueDto,
  type Values,
} from '@nianbao/schema';
import type { Selectable } from 'kysely';
import type { FactTable } from '../database.ts';
import type { Store } from '../store.ts';
import { findingCountsFor, selectReportSummaries, toReportSummary } from './report-summary.ts';

/** The rows one report's detail is built from, however they were read; values already as DTOs. */
export interface ReportDetailRows<V extends ValueDto = ValueDto> {
  report: Parameters<typeof toReportSummary>[0] & {
    sha256: string;
    encoding: string;
    format: string;
    text: string;
  };
  /** In display order: by start offset (values without one last), then code. */
  values: V[];
  /** By start offset, then id. */
  facts: readonly Omit<Selectable<FactTable>, 'id' | 'report_id'>[];
  /** By id; `codes` is the stored JSON array. */
  findings: readonly { rule: string; severity: Severity; message: string; codes: string }[];
  findingCounts: ReportDetailDto['report']['findingCounts'] | undefined;
}

/** Everything known about one live report, or undefined when there is no such report. */
export async function getReport(store: Store, id: number): Promise<ReportDetailDto | undefined> {
  const { db } = store;
  const row = await selectReportSummaries(db)
    .select(['reports.sha256', 'reports.encoding', 'reports.format', 'reports.text'])
    .where('reports.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;

  const [valueRows, factRows, findingRows, counts] = await Promise.all([
    db
      .selectFrom('report_values')
      .select(['code', 'value', 'blank', 'start', 'end'])
      .where('report_id', '=', id)
      .orderBy('start', (ob) => ob.asc().nullsLast())
      .orderBy('code')
      .execute(),
    db
      .selectFrom('facts')
      .select(['label', 'value', 'unit', 'code', 'start', 'end', 'approximate'])
      .where('report_id', '=', id)
      .orderBy('start')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('findings')
      .select(['rule', 'severity', 'message', 'codes'])
      .where('report_id', '=', id)
      .orderBy('id')
      .execute(),
    findingCountsFor(db, [id]),
  ]);
  return reportDetailFromRows({
    report: row,
    values: valueRows.map((v) => ({
      code: v.code,
      value: v.value,
      blank: Boolean(v.blank),
      start: v.start,
      end: v.end,
    })),
    facts: factRows,
    findings: findingRows,
    findingCounts: counts.get(id),
  });
}

/** One report's detail from its rows: summary, text, values, derived metrics, facts and findings. */
export function reportDetailFromRows<V extends ValueDto>(
  rows: ReportDetailRows<V>,
): Omit<ReportDetailDto, 'values'> & { values: V[] } {
  const { report: row } = rows;
  const values: Values = Object.fromEntries(rows.values.map((v) => [v.code, v.value]));
  const facts: Fact[] = rows.facts.map((f) => ({
    label: f.label,
    value: f.value,
    unit: f.unit,
    code: f.code,
    start: f.start,
    end: f.end,
    ...(f.approximate ? { approximate: true } : {}),
  }));
  return {
    report: {
      ...toReportSummary(row, rows.findingCounts),
      sha256: row.sha256,
      encoding: row.encoding,
      format: row.format,
    },
    text: row.text,
    values: rows.values,
    derived: computeDerived(values, row.template, facts),
    facts,
    findings: rows.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      codes: parseCodes(f.codes),
    })),
  };
}

/** Finding codes are stored as a JSON array of strings; anything else is treated as none. */
function parseCodes(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((c): c is string => typeof c === 'string') : [];
}
