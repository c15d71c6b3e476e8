import {
  checkCarryOver,
  checkInForce,
  checkUnitsSum,
  type Finding,
  type ReportSnapshot,
  type Values,
} from '@nianbao/schema';
import { type Kysely, sql } from 'kysely';
import type { Database, ReportStatus } from '../database.ts';
import { insertInChunks } from '../import/insert-in-chunks.ts';
import { regionSubtreeIds } from '../regions/region-ref.ts';

const YEAR_PAIR_RULES = ['X1', 'X2'];
const YEAR_PAIR_CODES = [
  't3.carried_over.total',
  't3.carry_forward.total',
  't2.regulations.in_force',
  't2.regulations.made',
  't2.regulations.repealed',
  't2.normative.in_force',
  't2.normative.made',
  't2.normative.repealed',
];

/**
 * What X3 compares between a county government's summary report and its units' reports: the
 * table-3 row totals and table-4 group totals, the figures a summary report adds up.
 */
export const UNITS_SUM_CODES = [
  't3.new.total',
  't3.carried_over.total',
  't3.total.total',
  't3.carry_forward.total',
  't4.review.total',
  't4.suit_direct.total',
  't4.suit_after_review.total',
] as const;

interface CurrentReport {
  id: number;
  year: number;
  template: ReportSnapshot['template'];
}

/**
 * Re-runs X1–X3 wherever a change to the current report of (agency, year) can change their outcome:
 * X1/X2 on that report (against year − 1) and on the next year's report (against it), X3 on the
 * county government's report of that year in the agency's county. Findings go to the later (or
 * summary) report and replace that report's earlier findings of the same rules; report status
 * follows. Call it inside the transaction that changed the reports.
 */
export async function rerunCrossReportRules(
  db: Kysely<Database>,
  scope: { agencyId: number; year: number | null },
): Promise<void> {
  const { agencyId, year } = scope;
  if (year === null) return;
  const neighbours = await currentReports(db, agencyId, [year - 1, year, year + 1]);
  const values = await valuesOf(
    db,
    [...neighbours.values()].map((r) => r.id),
    YEAR_PAIR_CODES,
  );
  const snapshot = (r: CurrentReport): ReportSnapshot => ({
    year: r.year,
    template: r.template,
    values: values.get(r.id) ?? {},
  });
  const touched: number[] = [];
  for (const [earlier, later] of [
    [year - 1, year],
    [year, year + 1],
  ] as const) {
    const laterReport = neighbours.get(later);
    if (!laterReport) continue;
    const earlierReport = neighbours.get(earlier);
    const findings = earlierReport
      ? [
          ...checkCarryOver(snapshot(earlierReport), snapshot(laterReport)),
          ...checkInForce(snapshot(earlierReport), snapshot(laterReport)),
        ]
      : [];
    await replaceFindings(db, laterReport.id, YEAR_PAIR_RULES, findings);
    touched.push(laterReport.id);
  }
  touched.push(...(await rerunUnitsSum(db, agencyId, year)));
  await refreshStatus(db, touched);
}

/** Runs the cross-report rules around one stored report (see rerunCrossReportRules). */
export async function runCrossReportRules(db: Kysely<Database>, reportId: number): Promise<void> {
  const report = await db
    .selectFrom('reports')
    .select(['agency_id', 'year'])
    .where('id', '=', reportId)
    .executeTakeFirst();
  if (report) await rerunCrossReportRules(db, { agencyId: report.agency_id, year: report.year });
}

/** X3 for the county government of the agency's county in that year; returns the reports it touched. */
async function rerunUnitsSum(db: Kysely<Database>, agencyId: number, year: number): Promise<number[]> {
  const countyId = await countyOf(db, agencyId);
  if (countyId === null) return [];
  const reports = await db
    .selectFrom('reports')
    .innerJoin('agencies', 'agencies.id', 'reports.agency_id')
    .select(['reports.id', 'agencies.kind', 'agencies.region_id'])
    .where('agencies.region_id', 'in', await regionSubtreeIds(db, countyId))
    .where('reports.year', '=', year)
    .where('reports.is_current', '=', true)
    .where('reports.deleted_at', 'is', null)
    .execute();
  const isSummary = (r: (typeof reports)[number]) => r.kind === 'government' && r.region_id === countyId;
  const summaries = reports.filter(isSummary);
  if (summaries.length === 0) return [];
  const units = reports.filter((r) => !isSummary(r));
  const values = await valuesOf(
    db,
    reports.map((r) => r.id),
    UNITS_SUM_CODES,
  );
  const unitValues = units.map((u) => values.get(u.id) ?? {});
  for (const summary of summaries) {
    const findings = checkUnitsSum(values.get(summary.id) ?? {}, unitValues, UNITS_SUM_CODES);
    await replaceFindings(db, summary.id, ['X3'], findings);
  }
  return summaries.map((s) => s.id);
}

/** The county-level region at or above the agency's region, if any. */
async function countyOf(db: Kysely<Database>, agencyId: number): Promise<number | null> {
  const agency = await db
    .selectFrom('agencies')
    .select('region_id')
    .where('id', '=', agencyId)
    .executeTakeFirst();
  let regionId = agency?.region_id ?? null;
  // Four levels at most; the bound also stops a mistaken cycle in parent links.
  for (let step = 0; regionId !== null && step < 4; step++) {
    const region = await db
      .selectFrom('regions')
      .select(['level', 'parent_id'])
      .where('id', '=', regionId)
      .executeTakeFirst();
    if (!region) return null;
    if (region.level === 'county') return regionId;
    if (region.level === 'province' || region.level === 'city') return null;
    regionId = region.parent_id;
  }
  return null;
}

async function currentReports(
  db: Kysely<Database>,
  agencyId: number,
  years: readonly number[],
): Promise<Map<number, CurrentReport>> {
  const rows = await db
    .selectFrom('reports')
    .select(['id', 'year', 'template'])
    .where('agency_id', '=', agencyId)
    .where('year', 'in', years)
    .where('is_current', '=', true)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
  const byYear = new Map<number, CurrentReport>();
  // Ordered by id, so should two reports of a year both be current, the newest wins.
  for (const row of rows) if (row.year !== null) byYear.set(row.year, { ...row, year: row.year });
  return byYear;
}

async function valuesOf(
  db: Kysely<Database>,
  reportIds: readonly number[],
  codes: readonly string[],
): Promise<Map<number, Values>> {
  const values = new Map<number, Values>();
  if (reportIds.length === 0) return values;
  const rows = await db
    .selectFrom('report_values')
    .select(['report_id', 'code', 'value'])
    .where('report_id', 'in', reportIds)
    .where('code', 'in', codes)
    .execute();
  for (const row of rows) {
    const entry = values.get(row.report_id) ?? {};
    entry[row.code] = row.value;
    values.set(row.report_id, entry);
  }
  return values;
}

async function replaceFindings(
  db: Kysely<Database>,
  reportId: number,
  rules: readonly string[],
  findings: readonly Finding[],
): Promise<void> {
  await db.deleteFrom('findings').where('report_id', '=', reportId).where('rule', 'in', rules).execute();
  await insertInChunks(
    db,
    'findings',
    findings.map((f) => ({
      report_id: reportId,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      codes: JSON.stringify(f.codes),
    })),
  );
}

/** A report is flagged exactly when it has an error finding, whichever rule found it. */
async function refreshStatus(db: Kysely<Database>, reportIds: readonly number[]): Promise<void> {
  if (reportIds.length === 0) return;
  await db
    .updateTable('reports')
    .set({
      status: sql<ReportStatus>`case when exists (
        select 1 from findings where findings.report_id = reports.id and findings.severity = 'error'
      ) then 'flagged' else 'ok' end`,
    })
    .where('id', 'in', reportIds)
    .execute();
}
