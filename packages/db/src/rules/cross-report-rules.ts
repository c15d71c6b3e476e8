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
import { insertRows } from '../import/insert-rows.ts';
import { regionSubtreeIds } from '../regions/region-ref.ts';
import { trackFlagged } from '../rollups/rollup-status.ts';

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

/** An agency and statistics year whose current report changed. */
export interface CrossReportScope {
  agencyId: number;
  year: number | null;
}

/**
 * Re-runs X1–X3 wherever a change to the current report of (agency, year) can change their outcome:
 * X1/X2 on that report (against year − 1) and on the next year's report (against it), X3 on the
 * county government's report of that year in the agency's county. Findings go to the later (or
 * summary) report and replace that report's earlier findings of the same rules; report status
 * follows. Call it inside the transaction that changed the reports.
 */
export async function rerunCrossReportRules(db: Kysely<Database>, scope: CrossReportScope): Promise<void> {
  await rerunCrossReportRulesMany(db, [scope]);
}

/**
 * rerunCrossReportRules for many scopes at once (an import batch), with a fixed number of
 * statements per batch rather than per report. The rules read only the store's current state, so
 * running them once for the union of the scopes after all the writes leaves the same findings as
 * running them after each write in turn.
 */
export async function rerunCrossReportRulesMany(
  db: Kysely<Database>,
  scopes: readonly CrossReportScope[],
  uncounted: ReadonlySet<number> = new Set(),
): Promise<void> {
  const dated = scopes.flatMap((s) => (s.year === null ? [] : [{ agencyId: s.agencyId, year: s.year }]));
  if (dated.length === 0) return;
  const yearPairs = await rerunYearPairs(db, dated);
  const unitsSum = await rerunUnitsSum(db, dated);
  const replaced = [...yearPairs, ...unitsSum];
  await deleteFindings(db, replaced);
  await insertRows(
    db,
    'findings',
    replaced.flatMap(({ reportId, findings }) =>
      findings.map((f) => ({
        report_id: reportId,
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        codes: JSON.stringify(f.codes),
      })),
    ),
  );
  await refreshStatus(db, [...new Set(replaced.map((r) => r.reportId))], uncounted);
}

/** New findings of some rules for one report, replacing its earlier findings of those rules. */
interface Replacement {
  reportId: number;
  rules: readonly string[];
  findings: readonly Finding[];
}

type DatedScope = { agencyId: number; year: number };

/** X1/X2 on the report of each scope's year and of the year after; one replacement per later report. */
async function rerunYearPairs(db: Kysely<Database>, scopes: readonly DatedScope[]): Promise<Replacement[]> {
  const neighbours = await currentReports(db, scopes);
  const pairs = new Map<number, { later: CurrentReport; earlier: CurrentReport | undefined }>();
  for (const { agencyId, year } of scopes) {
    for (const [earlier, later] of [
      [year - 1, year],
      [year, year + 1],
    ] as const) {
      const laterReport = neighbours.get(`${agencyId}:${later}`);
      if (laterReport && !pairs.has(laterReport.id))
        pairs.set(laterReport.id, { later: laterReport, earlier: neighbours.get(`${agencyId}:${earlier}`) });
    }
  }
  const ids = [...pairs.values()].flatMap((p) => (p.earlier ? [p.later.id, p.earlier.id] : []));
  const values = await valuesOf(db, [...new Set(ids)], YEAR_PAIR_CODES);
  const snapshot = (r: CurrentReport): ReportSnapshot => ({
    year: r.year,
    template: r.template,
    values: values.get(r.id) ?? {},
  });
  return [...pairs.values()].map(({ later, earlier }) => ({
    reportId: later.id,
    rules: YEAR_PAIR_RULES,
    findings: earlier
      ? [
          ...checkCarryOver(snapshot(earlier), snapshot(later)),
          ...checkInForce(snapshot(earlier), snapshot(later)),
        ]
      : [],
  }));
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

/** X3 for the county government of each scope's agency's county in that year. */
async function rerunUnitsSum(db: Kysely<Database>, scopes: readonly DatedScope[]): Promise<Replacement[]> {
  const counties = await countiesOf(db, [...new Set(scopes.map((s) => s.agencyId))]);
  const yearsByCounty = new Map<number, Set<number>>();
  for (const { agencyId, year } of scopes) {
    const countyId = counties.get(agencyId);
    if (countyId === undefined || countyId === null) continue;
    const years = yearsByCounty.get(countyId) ?? new Set<number>();
    years.add(year);
    yearsByCounty.set(countyId, years);
  }
  const replacements: Replacement[] = [];
  for (const [countyId, years] of yearsByCounty) {
    const reports = await countyReports(db, countyId, [...years]);
    const isSummary = (r: CountyReport) => r.kind === 'government' && r.region_id === countyId;
    if (!reports.some(isSummary)) continue;
    const values = await valuesOf(
      db,
      reports.map((r) => r.id),
      UNITS_SUM_CODES,
    );
    for (const year of years) {
      const ofYear = reports.filter((r) => r.year === year);
      const unitValues = ofYear.filter((r) => !isSummary(r)).map((u) => values.get(u.id) ?? {});
      for (const summary of ofYear.filter(isSummary)) {
        const findings = checkUnitsSum(values.get(summary.id) ?? {}, unitValues, UNITS_SUM_CODES);
        replacements.push({ reportId: summary.id, rules: ['X3'], findings });
      }
    }
  }
  return replacements;
}

/** A current report of an agency in a county's subtree, with what X3 needs of its agency. */
interface CountyReport {
  id: number;
  year: number | null;
  kind: string;
  region_id: number | null;
}

/** Agencies per statement when reading a county's reports. */
const AGENCIES_PER_QUERY = 500;

/**
 * The current, live reports of some years of every agency in a county's subtree. Read from the
 * county's agencies to their reports (agency, year index): joined the other way round, SQLite
 * walked every current report of those years in the store, once per county and batch, so an
 * import slowed down as the store grew (0.3 s per county at 200,000 reports).
 */
async function countyReports(
  db: Kysely<Database>,
  countyId: number,
  years: readonly number[],
): Promise<CountyReport[]> {
  const agencies = await db
    .selectFrom('agencies')
    .select(['id', 'kind', 'region_id'])
    .where('region_id', 'in', await regionSubtreeIds(db, countyId))
    .execute();
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const ids = [...byId.keys()];
  const reports: CountyReport[] = [];
  for (let i = 0; i < ids.length; i += AGENCIES_PER_QUERY) {
    const rows = await db
      .selectFrom('reports')
      .select(['id', 'agency_id', 'year'])
      .where('agency_id', 'in', ids.slice(i, i + AGENCIES_PER_QUERY))
      .where('year', 'in', years)
      .where('is_current', '=', true)
      .where('deleted_at', 'is', null)
      .execute();
    for (const r of rows) {
      const agency = byId.get(r.agency_id);
      if (agency) reports.push({ id: r.id, year: r.year, kind: agency.kind, region_id: agency.region_id });
    }
  }
  return reports;
}

/** The county-level region at or above each agency's region, null when there is none. */
async function countiesOf(
  db: Kysely<Database>,
  agencyIds: readonly number[],
): Promise<Map<number, number | null>> {
  const agencies = await db
    .selectFrom('agencies')
    .select(['id', 'region_id'])
    .where('id', 'in', agencyIds)
    .execute();
  const regions = new Map<number, { level: string | null; parentId: number | null }>();
  let frontier = [...new Set(agencies.flatMap((a) => (a.region_id === null ? [] : [a.region_id])))];
  // Four levels at most; the bound also stops a mistaken cycle in parent links.
  for (let step = 0; frontier.length > 0 && step < 4; step++) {
    const rows = await db
      .selectFrom('regions')
      .select(['id', 'level', 'parent_id'])
      .where('id', 'in', frontier)
      .execute();
    for (const r of rows) regions.set(r.id, { level: r.level, parentId: r.parent_id });
    frontier = [
      ...new Set(
        rows.flatMap((r) =>
          r.level === 'county' || r.level === 'province' || r.level === 'city' || r.parent_id === null
            ? []
            : regions.has(r.parent_id)
              ? []
              : [r.parent_id],
        ),
      ),
    ];
  }
  const countyOf = (start: number | null): number | null => {
    let regionId = start;
    for (let step = 0; regionId !== null && step < 4; step++) {
      const region = regions.get(regionId);
      if (!region) return null;
      if (region.level === 'county') return regionId;
      if (region.level === 'province' || region.level === 'city') return null;
      regionId = region.parentId;
    }
    return null;
  };
  return new Map(agencies.map((a) => [a.id, countyOf(a.region_id)]));
}

/** The current, live reports of the scopes' agencies in the year before, of and after each scope. */
async function currentReports(
  db: Kysely<Database>,
  scopes: readonly DatedScope[],
): Promise<Map<string, CurrentReport>> {
  const years = [...new Set(scopes.flatMap((s) => [s.year - 1, s.year, s.year + 1]))];
  const rows = await db
    .selectFrom('reports')
    .select(['id', 'agency_id', 'year', 'template'])
    .where('agency_id', 'in', [...new Set(scopes.map((s) => s.agencyId))])
    .where('year', 'in', years)
    .where('is_current', '=', true)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
  const byAgencyYear = new Map<string, CurrentReport>();
  // Ordered by id, so should two reports of a year both be current, the newest wins.
  for (const row of rows)
    if (row.year !== null) byAgencyYear.set(`${row.agency_id}:${row.year}`, { ...row, year: row.year });
  return byAgencyYear;
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

/** Deletes the findings the replacements replace: per report, those of the replaced rules. */
async function deleteFindings(db: Kysely<Database>, replaced: readonly Replacement[]): Promise<void> {
  const byRules = new Map<string, { rules: readonly string[]; ids: number[] }>();
  for (const { reportId, rules } of replaced) {
    const key = rules.join(',');
    const entry = byRules.get(key) ?? { rules, ids: [] };
    entry.ids.push(reportId);
    byRules.set(key, entry);
  }
  for (const { rules, ids } of byRules.values()) {
    await db.deleteFrom('findings').where('report_id', 'in', ids).where('rule', 'in', rules).execute();
  }
}

/** A report is flagged exactly when it has an error finding, whichever rule found it. */
async function refreshStatus(
  db: Kysely<Database>,
  reportIds: readonly number[],
  uncounted: ReadonlySet<number>,
): Promise<void> {
  if (reportIds.length === 0) return;
  await trackFlagged(db, reportIds, () => setStatus(db, reportIds), uncounted);
}

async function setStatus(db: Kysely<Database>, reportIds: readonly number[]): Promise<void> {
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
