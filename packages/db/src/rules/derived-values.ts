import { computeDerived, type Fact, type Template, type Values } from '@nianbao/schema';
import type { Insertable, Kysely } from 'kysely';
import type { Database, DerivedValueTable } from '../database.ts';
import { insertRows } from '../import/insert-rows.ts';

/*
 * Why derived values are stored rather than computed per request: a ranking or cross-section reads
 * one metric for every report of a year. Stored, that is one primary-key lookup per report; computed,
 * `d.applications.denied_rate` alone needs ten printed inputs per report (eight denied rows + total)
 * and a formula evaluation in JavaScript. Measured on a synthetic 30,000-report SQLite store (6,000
 * agencies × 5 years, 191 printed cells each; medians of 25 interleaved runs on 2 shared cores):
 * d.applications.denied_rate for one province year took 28 ms stored against 814 ms from its ten
 * printed inputs. The cost is 38 extra rows per report at import, in the import's transaction.
 */

/** The derived-value rows of a report: its category sums and `d.*` values. */
export function derivedRows(
  reportId: number,
  values: Values,
  template: Template,
  facts: readonly Fact[],
): Insertable<DerivedValueTable>[] {
  return Object.entries(computeDerived(values, template, facts)).map(([code, value]) => ({
    report_id: reportId,
    code,
    value,
  }));
}

/** Writes the category sums and `d.*` values of a freshly stored report. */
export async function writeDerivedValues(
  db: Kysely<Database>,
  reportId: number,
  values: Values,
  template: Template,
  facts: readonly Fact[],
): Promise<void> {
  await insertRows(db, 'derived_values', derivedRows(reportId, values, template, facts));
}

/**
 * Recomputes a stored report's derived values from its stored values and facts, e.g. after a value
 * was corrected; replaces what was there.
 */
export async function refreshDerivedValues(db: Kysely<Database>, reportId: number): Promise<void> {
  const report = await db
    .selectFrom('reports')
    .select('template')
    .where('id', '=', reportId)
    .executeTakeFirst();
  if (!report) return;
  const [valueRows, facts] = await Promise.all([
    db.selectFrom('report_values').select(['code', 'value']).where('report_id', '=', reportId).execute(),
    db
      .selectFrom('facts')
      .select(['label', 'value', 'unit', 'code', 'start', 'end'])
      .where('report_id', '=', reportId)
      .where('code', 'is not', null)
      .orderBy('start')
      .orderBy('id')
      .execute(),
  ]);
  const values: Values = Object.fromEntries(valueRows.map((v) => [v.code, v.value]));
  await db.deleteFrom('derived_values').where('report_id', '=', reportId).execute();
  await writeDerivedValues(db, reportId, values, report.template, facts);
}
