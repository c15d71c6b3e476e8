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
  return (await findLiveReports(db, [sha256])).get(sha256);
}

/** The live reports with any of these hashes, keyed by hash: one lookup for a whole batch. */
export async function findLiveReports(
  db: Kysely<Database>,
  hashes: readonly string[],
): Promise<Map<string, StoredReport>> {
  const found = new Map<string, StoredReport>();
  if (hashes.length === 0) return found;
  const rows = await db
    .selectFrom('reports')
    .innerJoin('agencies', 'agencies.id', 'reports.agency_id')
    .select([
      'reports.id',
      'reports.agency_id',
      'agencies.name',
      'reports.year',
      'reports.version',
      'reports.status',
      'reports.sha256',
    ])
    .where('reports.sha256', 'in', [...new Set(hashes)])
    .where('reports.deleted_at', 'is', null)
    .execute();
  for (const row of rows) {
    found.set(row.sha256, {
      reportId: row.id,
      agencyId: row.agency_id,
      agencyName: row.name,
      year: row.year,
      version: row.version,
      flagged: row.status === 'flagged',
    });
  }
  return found;
}
