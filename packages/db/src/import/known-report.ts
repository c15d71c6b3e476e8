import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import type { ImportOutcome } from './import-outcome.ts';

/** What an outcome says about a stored report, whichever way it got there. */
export type StoredReport = Omit<ImportOutcome, 'file' | 'status' | 'sha256'>;

/** The live (not deleted) report with these exact bytes, if any. */
export async function findLiveReport(
  db: Kysely<Database>,
  sha256: string,
): Promise<StoredReport | undefined> {
  const row = await db
    .selectFrom('reports')
    .innerJoin('agencies', 'agencies.id', 'reports.agency_id')
    .select([
      'reports.id',
      'reports.agency_id',
      'agencies.name',
      'reports.year',
      'reports.version',
      'reports.status',
    ])
    .where('reports.sha256', '=', sha256)
    .where('reports.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    reportId: row.id,
    agencyId: row.agency_id,
    agencyName: row.name,
    year: row.year,
    version: row.version,
    flagged: row.status === 'flagged',
  };
}
