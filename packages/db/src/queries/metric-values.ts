import { metricByCode, type Values } from '@nianbao/schema';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import type { ScopedReports } from './report-scope.ts';

/**
 * The values of the given codes for every report of a scope, keyed by report id: printed cells
 * from report_values, category sums and `d.*` from derived_values (computed at import), narrative
 * codes from the first coded fact. A code the report does not carry is absent from its entry.
 */
export async function loadMetricValues(
  db: Kysely<Database>,
  scope: ScopedReports,
  codes: Iterable<string>,
): Promise<Map<number, Values>> {
  const printed: string[] = [];
  const derived: string[] = [];
  const narrative: string[] = [];
  for (const code of new Set(codes)) {
    const def = metricByCode(code);
    if (def === undefined) continue;
    if (def.table === 'narrative') narrative.push(code);
    else {
      // t3.other.* is printed in 2019 reports and summed in 2021 ones; a report has it in one place.
      if (def.formula) derived.push(code);
      if (def.table !== 'derived') printed.push(code);
    }
  }
  // `in (subquery)` rather than `in (ids)`: a province-wide scope must not become a parameter list.
  const ids = scope.select('reports.id');
  const [printedRows, derivedRows, factRows] = await Promise.all([
    printed.length === 0
      ? []
      : db
          .selectFrom('report_values')
          .select(['report_id', 'code', 'value'])
          .where('report_id', 'in', ids)
          .where('code', 'in', printed)
          .execute(),
    derived.length === 0
      ? []
      : db
          .selectFrom('derived_values')
          .select(['report_id', 'code', 'value'])
          .where('report_id', 'in', ids)
          .where('code', 'in', derived)
          .execute(),
    narrative.length === 0
      ? []
      : db
          .selectFrom('facts')
          .select(['report_id', 'code', 'value'])
          .where('report_id', 'in', ids)
          .where('code', 'in', narrative)
          // Latest first, so the earliest statement in the text is written last and wins.
          .orderBy('start', 'desc')
          .orderBy('id', 'desc')
          .execute(),
  ]);
  const values = new Map<number, Values>();
  for (const row of [...factRows, ...printedRows, ...derivedRows]) {
    if (row.code === null) continue;
    const entry = values.get(row.report_id) ?? {};
    entry[row.code] = row.value;
    values.set(row.report_id, entry);
  }
  return values;
}
