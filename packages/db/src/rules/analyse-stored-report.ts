import type { Fact, Template, Values } from '@nianbao/schema';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { insertRows } from '../import/insert-rows.ts';
import { rerunCrossReportRulesMany } from './cross-report-rules.ts';
import { derivedRows } from './derived-values.ts';

/** A report just written by the import, with what it was parsed into. */
export interface StoredForAnalysis {
  reportId: number;
  agencyId: number;
  year: number | null;
  template: Template;
  values: Values;
  facts: readonly Fact[];
}

/**
 * The import's last step, inside its transaction: derived values of the new reports, then the
 * cross-report rules around them. Returns the ids of those that are flagged once X1–X3 have run.
 */
export async function analyseStoredReports(
  db: Kysely<Database>,
  stored: readonly StoredForAnalysis[],
): Promise<Set<number>> {
  await insertRows(
    db,
    'derived_values',
    stored.flatMap((s) => derivedRows(s.reportId, s.values, s.template, s.facts)),
  );
  await rerunCrossReportRulesMany(db, stored);
  const flagged = new Set<number>();
  const ids = stored.map((s) => s.reportId);
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('reports')
      .select('id')
      .where('id', 'in', ids.slice(i, i + 500))
      .where('status', '=', 'flagged')
      .execute();
    for (const row of rows) flagged.add(row.id);
  }
  return flagged;
}
