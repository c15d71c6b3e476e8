import type { Values } from '@nianbao/schema';
import { type Kysely, SqliteAdapter, sql } from 'kysely';
import type { Database } from '../database.ts';
import { SQLITE_ROWS_PER_STATEMENT } from '../import/insert-rows.ts';
import { RollupDelta } from './rollup-delta.ts';
import { type CountedReport, readModelValues } from './rollup-values.ts';

/** Ids per statement when loading reports and their values. */
const CHUNK = 500;
/** Rollup rows per upsert on PostgreSQL. */
const PG_ROWS_PER_UPSERT = 20_000;

/** Where an agency's reports are counted: every rollup region of its chain, under its kind. */
export interface RollupChain {
  regionIds: readonly number[];
  kind: string;
}

/** A current report with what the rollups need of it and the key its agency is counted under. */
export interface LoadedReport extends Omit<CountedReport, 'regionIds' | 'kind'> {
  reportId: number;
  agencyId: number;
  /** The agency's stored rollup key; undefined: the agency was never settled (counted nowhere). */
  rollup: RollupChain | undefined;
}

/** The stored rollup keys of agencies (rows of rollup_agencies), by agency id. */
export async function loadRollupKeys(
  db: Kysely<Database>,
  agencyIds: readonly number[],
): Promise<Map<number, RollupChain>> {
  const keys = new Map<number, { regionIds: number[]; kind: string }>();
  for (let i = 0; i < agencyIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('rollup_agencies')
      .select(['agency_id', 'region_id', 'kind'])
      .where('agency_id', 'in', agencyIds.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) {
      const key = keys.get(r.agency_id) ?? { regionIds: [], kind: r.kind };
      if (r.region_id !== null) key.regionIds.push(r.region_id);
      keys.set(r.agency_id, key);
    }
  }
  for (const key of keys.values()) key.regionIds.sort((a, b) => a - b);
  return keys;
}

/** The counted reports (current, live, dated) of some agencies or some report ids, with their values. */
export async function loadCountedReports(
  db: Kysely<Database>,
  filter: { agencyIds?: readonly number[]; reportIds?: readonly number[] },
): Promise<LoadedReport[]> {
  const ids = filter.agencyIds ?? filter.reportIds ?? [];
  const column = filter.agencyIds ? 'reports.agency_id' : 'reports.id';
  const loaded: LoadedReport[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const reports = await db
      .selectFrom('reports')
      .select(['reports.id', 'reports.agency_id', 'reports.year', 'reports.template', 'reports.status'])
      .where(column, 'in', ids.slice(i, i + CHUNK))
      .where('reports.deleted_at', 'is', null)
      .where('reports.is_current', '=', true)
      .where('reports.year', 'is not', null)
      .execute();
    if (reports.length === 0) continue;
    const keys = await loadRollupKeys(db, [...new Set(reports.map((r) => r.agency_id))]);
    const values = await valuesOf(
      db,
      reports.map((r) => r.id),
    );
    for (const r of reports) {
      if (r.year === null) continue;
      loaded.push({
        reportId: r.id,
        agencyId: r.agency_id,
        year: r.year,
        template: r.template,
        flagged: r.status === 'flagged',
        values: values.get(r.id) ?? {},
        rollup: keys.get(r.agency_id),
      });
    }
  }
  return loaded;
}

/** Values of stored reports as the read models load them (see readModelValues). */
async function valuesOf(db: Kysely<Database>, reportIds: readonly number[]): Promise<Map<number, Values>> {
  const [printed, derived, facts] = await Promise.all([
    db
      .selectFrom('report_values')
      .select(['report_id', 'code', 'value'])
      .where('report_id', 'in', reportIds)
      .execute(),
    db
      .selectFrom('derived_values')
      .select(['report_id', 'code', 'value'])
      .where('report_id', 'in', reportIds)
      .execute(),
    db
      .selectFrom('facts')
      .select(['report_id', 'code', 'value', 'start'])
      .where('report_id', 'in', reportIds)
      .where('code', 'is not', null)
      .orderBy('report_id')
      .orderBy('start')
      .orderBy('id')
      .execute(),
  ]);
  const group = <T extends { report_id: number }>(rows: readonly T[]) => {
    const by = new Map<number, T[]>();
    for (const row of rows) {
      const list = by.get(row.report_id) ?? [];
      list.push(row);
      by.set(row.report_id, list);
    }
    return by;
  };
  const printedBy = group(printed);
  const derivedBy = group(derived);
  const factsBy = group(facts);
  const out = new Map<number, Values>();
  for (const id of reportIds) {
    const asValues = (rows: readonly { code: string; value: number | null }[] = []) =>
      Object.fromEntries(rows.map((r) => [r.code, r.value]));
    out.set(
      id,
      readModelValues(asValues(printedBy.get(id)), asValues(derivedBy.get(id)), factsBy.get(id) ?? []),
    );
  }
  return out;
}

/** Adds (or, for a negative sign, takes out) the contributions of loaded reports under their keys. */
export function addLoaded(into: RollupDelta, reports: readonly LoadedReport[], sign: 1 | -1): void {
  for (const report of reports) {
    if (!report.rollup || report.rollup.regionIds.length === 0) continue;
    into.add({ ...report, regionIds: report.rollup.regionIds, kind: report.rollup.kind }, sign);
  }
}

/** region_rollups' primary-key order: code, region, year, kind (codes are ASCII, so JS and SQLite agree). */
function byRollupKey(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < 4; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Writes accumulated contributions into region_rollups, adding to the rows already there. */
export async function applyRollups(db: Kysely<Database>, delta: RollupDelta): Promise<void> {
  const rows: (string | number)[][] = [];
  for (const { code, regionId, year, kind, totals: t } of delta.rows()) {
    const nothing = t.total === 0 && t.den === 0 && t.reports === 0 && t.flagged === 0;
    if (nothing && t.editions2019 === 0 && t.editions2021 === 0) continue;
    rows.push([
      code,
      regionId,
      year,
      kind,
      t.total,
      t.den,
      t.reports,
      t.flagged,
      t.editions2019,
      t.editions2021,
    ]);
  }
  if (rows.length === 0) return;
  // In primary-key order (code first): rows come group by group, each group's ~270 codes spread over
  // the whole table, so unsorted every row landed on another page; at 300,000 reports the table
  // outgrows the page cache and the upsert cost per row doubled. Sorted, neighbours share pages.
  rows.sort(byRollupKey);
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    for (let i = 0; i < rows.length; i += SQLITE_ROWS_PER_STATEMENT) {
      const json = JSON.stringify(rows.slice(i, i + SQLITE_ROWS_PER_STATEMENT));
      // `where true` tells SQLite's parser that `on conflict` belongs to the insert, not to a join.
      await sql`insert into region_rollups (code, region_id, year, kind, total, den, reports, flagged, editions_2019, editions_2021)
        select value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7,
          value ->> 8, value ->> 9
        from json_each(${json}) where true
        on conflict (code, region_id, year, kind) do update set
          total = total + excluded.total, den = den + excluded.den, reports = reports + excluded.reports,
          flagged = flagged + excluded.flagged,
          editions_2019 = editions_2019 + excluded.editions_2019, editions_2021 = editions_2021 + excluded.editions_2021`.execute(
        db,
      );
    }
    return;
  }
  const columns = [
    'code',
    'region_id',
    'year',
    'kind',
    'total',
    'den',
    'reports',
    'flagged',
    'editions_2019',
    'editions_2021',
  ];
  for (let i = 0; i < rows.length; i += PG_ROWS_PER_UPSERT) {
    // One JSON parameter read as records of the table's type (see insertRows).
    const json = JSON.stringify(
      rows
        .slice(i, i + PG_ROWS_PER_UPSERT)
        .map((row) => Object.fromEntries(columns.map((c, k) => [c, row[k]]))),
    );
    await sql`insert into region_rollups (${sql.raw(columns.join(', '))})
      select ${sql.raw(columns.join(', '))} from json_populate_recordset(null::region_rollups, ${json}::json)
      on conflict (code, region_id, year, kind) do update set
        total = region_rollups.total + excluded.total, den = region_rollups.den + excluded.den,
        reports = region_rollups.reports + excluded.reports, flagged = region_rollups.flagged + excluded.flagged,
        editions_2019 = region_rollups.editions_2019 + excluded.editions_2019,
        editions_2021 = region_rollups.editions_2021 + excluded.editions_2021`.execute(db);
  }
}

/** An agency and year whose current report a write may change. */
export interface ReportGroup {
  agencyId: number;
  year: number | null;
}

/**
 * Runs `change` with the rollups following it: the counted reports of the groups are taken out
 * before and put back after (so a new current version, a deletion, a restore or corrected values
 * all land in the rollups). Call it inside the writing transaction.
 */
export async function recountAround<T>(
  db: Kysely<Database>,
  groups: readonly ReportGroup[],
  change: () => Promise<T>,
): Promise<T> {
  const recount = await startRecount(db, groups);
  const result = await change();
  await recount.finish();
  return result;
}

/**
 * recountAround in two steps, for a write whose change is not one function: takes the groups'
 * counted reports out now; `finish` puts back whatever is counted once the change is made.
 */
export async function startRecount(
  db: Kysely<Database>,
  groups: readonly ReportGroup[],
): Promise<{ finish(): Promise<void> }> {
  const dated = groups.filter((g) => g.year !== null);
  const load = async () => {
    if (dated.length === 0) return [];
    const reports = await loadCountedReports(db, { agencyIds: [...new Set(dated.map((g) => g.agencyId))] });
    return reports.filter((r) => dated.some((g) => g.agencyId === r.agencyId && g.year === r.year));
  };
  const totals = new RollupDelta();
  addLoaded(totals, await load(), -1);
  return {
    async finish() {
      addLoaded(totals, await load(), 1);
      await applyRollups(db, totals);
    },
  };
}
