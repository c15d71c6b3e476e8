import type { Fact, Template, Values } from '@nianbao/schema';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { rerunCrossReportRules } from './cross-report-rules.ts';
import { writeDerivedValues } from './derived-values.ts';

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
 * The import's last step, inside its transaction: derived values of the new report, then the
 * cross-report rules around it. Returns whether the report is flagged once X1–X3 have run too.
 */
export async function analyseStoredReport(
  db: Kysely<Database>,
  stored: StoredForAnalysis,
): Promise<{ flagged: boolean }> {
  await writeDerivedValues(db, stored.reportId, stored.values, stored.template, stored.facts);
  await rerunCrossReportRules(db, { agencyId: stored.agencyId, year: stored.year });
  const row = await db
    .selectFrom('reports')
    .select('status')
    .where('id', '=', stored.reportId)
    .executeTakeFirst();
  return { flagged: row?.status === 'flagged' };
}
