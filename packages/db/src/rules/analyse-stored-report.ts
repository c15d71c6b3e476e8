import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { insertRows } from '../import/insert-rows.ts';
import { rerunCrossReportRulesMany } from './cross-report-rules.ts';

/** A report just written by the import, with what it was parsed into. */
export interface StoredForAnalysis {
  reportId: number;
  agencyId: number;
  year: number | null;
  /** Its category sums and `d.*` values (computeDerived). */
  derived: Readonly<Record<string, number | null>>;
}

/**
 * The import's last step, inside its transaction: derived values of the new reports, then the
 * cross-report rules around them. Returns the ids of those that are flagged once X1–X3 have run.
 * `uncounted`: reports not in the region rollups yet, whose status changes the rollups ignore.
 */
export async function analyseStoredReports(
  db: Kysely<Database>,
  stored: readonly StoredForAnalysis[],
  uncounted: ReadonlySet<number> = new Set(),
): Promise<Set<number>> {
  await insertRows(
    db,
    'derived_values',
    stored.flatMap((s) =>
      Object.entries(s.derived).map(([code, value]) => ({ report_id: s.reportId, code, value })),
    ),
  );
  await rerunCrossReportRulesMany(db, stored, uncounted);
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
