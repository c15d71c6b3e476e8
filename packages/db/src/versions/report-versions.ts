import type { ReportVersionDto } from '@nianbao/schema';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';

/** The agency and year that group a report's versions. */
export interface VersionGroup {
  agencyId: number;
  year: number | null;
}

/**
 * Every version (live and soft-deleted) of the report group, oldest first. A report without a known
 * year is never superseded, so it is its own only version.
 */
export async function listVersions(
  db: Kysely<Database>,
  group: VersionGroup,
  reportId: number,
): Promise<ReportVersionDto[]> {
  const { year } = group;
  const rows = await db
    .selectFrom('reports')
    .select(['id', 'version', 'file_name', 'imported_at', 'sha256', 'is_current', 'deleted_at'])
    .where('agency_id', '=', group.agencyId)
    .$if(year === null, (qb) => qb.where('id', '=', reportId))
    .$if(year !== null, (qb) => qb.where('year', '=', year ?? 0))
    .orderBy('version')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    fileName: r.file_name,
    importedAt: r.imported_at,
    sha256: r.sha256,
    isCurrent: Boolean(r.is_current) && r.deleted_at === null,
    deletedAt: r.deleted_at,
  }));
}

/**
 * Makes the newest live version of an agency-year current and every other one not: after a delete
 * the previous version takes over, after a restore the newest live one is current again.
 */
export async function refreshCurrentVersion(db: Kysely<Database>, group: VersionGroup): Promise<void> {
  const { agencyId, year } = group;
  if (year === null) return;
  const newest = await db
    .selectFrom('reports')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .where('deleted_at', 'is', null)
    .orderBy('version', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  await db
    .updateTable('reports')
    .set({ is_current: false })
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .where('is_current', '=', true)
    .$if(newest !== undefined, (qb) => qb.where('id', '!=', newest?.id ?? 0))
    .execute();
  if (newest) {
    await db
      .updateTable('reports')
      .set({ is_current: true })
      .where('id', '=', newest.id)
      .where('is_current', '=', false)
      .execute();
  }
}
