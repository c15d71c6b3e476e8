import type { ReportDetailWithVersionsDto, ReportVersionDto, Severity } from '@nianbao/schema';
import { type CompiledQuery, createQueryId, type Kysely, sql } from 'kysely';
import type { Database } from '../database.ts';
import { reportDetailFromRows } from '../queries/get-report.ts';
import { selectReportSummaries } from '../queries/report-summary.ts';
import { exactRealText, fromExactText } from '../sqlite/json-cells.ts';
import { correctedValue, type ValueCorrectionRow } from './with-corrections.ts';

/*
 * The report detail on SQLite in one statement: the report row with its values, facts, findings,
 * corrections and versions aggregated into JSON arrays, one cell each. Read part by part it took
 * seven statements (seven trips to the thread pool, seven queries built and compiled) and ~1,500
 * result cells, each a JS object property made through N-API on the main thread; JSON.parse builds
 * the same arrays several times faster. (Arrays are joined with group_concat rather than
 * json_group_array, which in SQLite 3.44 turns its elements into strings when given an ORDER BY.)
 * One statement also reads one snapshot. REAL columns travel as exact text (see json-cells.ts).
 * Aggregate ORDER BY needs SQLite 3.44 (sqlite3 5.1.7 bundles 3.44.2).
 */

/** A JSON array (as text) of one element per row of `from`, in `order`; '[]' for no rows. */
const array = (element: string, from: string, order: string) =>
  sql.raw(
    `coalesce((select '[' || group_concat(${element}, ',' order by ${order}) || ']' from ${from}), '[]')`,
  );

const VALUES = array(
  `json_array(v.code, ${exactRealText('v.value')}, v.blank, v.start, v."end")`,
  'report_values v where v.report_id = reports.id',
  'v.start asc nulls last, v.code',
);
const FACTS = array(
  `json_array(f.label, ${exactRealText('f.value')}, f.unit, f.code, f.start, f."end", f.approximate)`,
  'facts f where f.report_id = reports.id',
  'f.start, f.id',
);
const FINDINGS = array(
  'json_array(g.rule, g.severity, g.message, g.codes)',
  'findings g where g.report_id = reports.id',
  'g.id',
);
const CORRECTIONS = array(
  `json_array(c.code, ${exactRealText('c.extracted_value')}, c.reason, c.corrected_by, c.corrected_at)`,
  'value_corrections c where c.report_id = reports.id',
  'c.code',
);
// Every version of the agency-year, deleted ones too; a report without a year is its own only one.
const VERSIONS = array(
  'json_array(r.id, r.version, r.file_name, r.imported_at, r.sha256, r.is_current, r.deleted_at)',
  `reports r where r.agency_id = reports.agency_id and r.year is reports.year
    and (reports.year is not null or r.id = reports.id)`,
  'r.version, r.id',
);

type ValueCell = [
  code: string,
  value: string | null,
  blank: number,
  start: number | null,
  end: number | null,
];
type FactCell = [string, string, string, string | null, number, number, 0 | 1];
type FindingCell = [rule: string, severity: Severity, message: string, codes: string];
type CorrectionCell = [code: string, extracted: string | null, reason: string, by: string, at: string];
type VersionCell = [number, number, string, string, string, number, string | null];

function buildQuery(db: Kysely<Database>) {
  return selectReportSummaries(db)
    .select(['reports.sha256', 'reports.encoding', 'reports.format', 'reports.text'])
    .select([
      sql<string>`${VALUES}`.as('values_json'),
      sql<string>`${FACTS}`.as('facts_json'),
      sql<string>`${FINDINGS}`.as('findings_json'),
      sql<string>`${CORRECTIONS}`.as('corrections_json'),
      sql<string>`${VERSIONS}`.as('versions_json'),
    ])
    .where('reports.id', '=', 0);
}

type DetailRow = Awaited<ReturnType<ReturnType<typeof buildQuery>['executeTakeFirstOrThrow']>>;

/** Compiled once per database: the statement is the same for every report, only its id changes. */
const compiled = new WeakMap<Kysely<Database>, CompiledQuery<DetailRow>>();

function detailQuery(db: Kysely<Database>, id: number): CompiledQuery<DetailRow> {
  let query = compiled.get(db);
  if (query === undefined) {
    query = buildQuery(db).compile();
    if (query.parameters.length !== 1)
      throw new Error('report detail: expected the report id as the only parameter');
    compiled.set(db, query);
  }
  // A query id of its own, as any compiled query has (plugins key their state by it).
  return { ...query, parameters: [id], queryId: createQueryId() };
}

/** getReportDetail on SQLite, in one statement. */
export async function readReportDetailSqlite(
  db: Kysely<Database>,
  id: number,
): Promise<ReportDetailWithVersionsDto | undefined> {
  const { rows } = await db.executeQuery(detailQuery(db, id));
  const row = rows[0];
  if (row === undefined) return undefined;
  const corrections = new Map<string, ValueCorrectionRow>();
  for (const [code, extracted, reason, by, at] of JSON.parse(row.corrections_json) as CorrectionCell[]) {
    corrections.set(code, {
      code,
      extracted_value: fromExactText(extracted),
      reason,
      corrected_by: by,
      corrected_at: at,
    });
  }
  const findings = (JSON.parse(row.findings_json) as FindingCell[]).map(
    ([rule, severity, message, codes]) => ({ rule, severity, message, codes }),
  );
  const findingCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) findingCounts[finding.severity]++;
  // Each value is built once, corrections marked, in the shape the answer carries.
  const values = (JSON.parse(row.values_json) as ValueCell[]).map(([code, value, blank, start, end]) =>
    correctedValue(code, fromExactText(value), Boolean(blank), start, end, corrections.get(code)),
  );
  const facts = (JSON.parse(row.facts_json) as FactCell[]).map(
    ([label, value, unit, code, start, end, approximate]) => ({
      label,
      value: Number(value),
      unit,
      code,
      start,
      end,
      approximate,
    }),
  );
  const versions: ReportVersionDto[] = (JSON.parse(row.versions_json) as VersionCell[]).map(
    ([versionId, version, fileName, importedAt, sha256, isCurrent, deletedAt]) => ({
      id: versionId,
      version,
      fileName,
      importedAt,
      sha256,
      isCurrent: Boolean(isCurrent) && deletedAt === null,
      deletedAt,
    }),
  );
  return { ...reportDetailFromRows({ report: row, values, facts, findings, findingCounts }), versions };
}
