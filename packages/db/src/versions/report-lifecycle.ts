import type { ReportStateDto } from '@nianbao/schema';
import { type Actor, recordAudit } from '../audit/audit-log.ts';
import { recountAround } from '../rollups/rollup-writes.ts';
import { rerunCrossReportRules } from '../rules/cross-report-rules.ts';
import type { Store } from '../store.ts';
import { writeDb } from '../write-tables.ts';
import { NotDeletedError, ReportNotFoundError, RestoreConflictError } from './report-errors.ts';
import { refreshCurrentVersion } from './report-versions.ts';

/**
 * Soft-deletes a live report: it leaves lists, series and rankings but keeps every row, so it can
 * be restored. When it was the current version, the newest remaining version takes over.
 */
export async function deleteReport(
  store: Store,
  id: number,
  actor: Actor,
  reason: string | null = null,
): Promise<ReportStateDto> {
  return store.db.transaction().execute(async (trx) => {
    const w = writeDb(trx);
    const report = await trx
      .selectFrom('reports')
      .select(['agency_id', 'year'])
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!report) throw new ReportNotFoundError(id);
    const deletedAt = new Date().toISOString();
    const group = { agencyId: report.agency_id, year: report.year };
    // The region rollups follow whichever version is current once the delete is done.
    await recountAround(trx, [group], async () => {
      await trx.updateTable('reports').set({ deleted_at: deletedAt }).where('id', '=', id).execute();
      await refreshCurrentVersion(trx, group);
    });
    // Which report is current changed, so the year-pair and county-sum findings may have too.
    await rerunCrossReportRules(trx, group);
    await recordAudit(w, { action: 'delete', reportId: id, reason, actor, at: deletedAt });
    return { id, deletedAt, isCurrent: false };
  });
}

/** Brings a soft-deleted report back; it is current again when no newer live version exists. */
export async function restoreReport(
  store: Store,
  id: number,
  actor: Actor,
  reason: string | null = null,
): Promise<ReportStateDto> {
  return store.db.transaction().execute(async (trx) => {
    const w = writeDb(trx);
    const report = await trx
      .selectFrom('reports')
      .select(['agency_id', 'year', 'sha256', 'deleted_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!report) throw new ReportNotFoundError(id);
    if (report.deleted_at === null) throw new NotDeletedError(id);
    // The same bytes were imported again after the delete; two live copies would break the
    // one-report-per-file rule (and its unique index).
    const twin = await trx
      .selectFrom('reports')
      .select('id')
      .where('sha256', '=', report.sha256)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (twin) throw new RestoreConflictError(id, twin.id);
    const group = { agencyId: report.agency_id, year: report.year };
    await recountAround(trx, [group], async () => {
      await trx.updateTable('reports').set({ deleted_at: null }).where('id', '=', id).execute();
      await refreshCurrentVersion(trx, group);
    });
    await rerunCrossReportRules(trx, group);
    await recordAudit(w, { action: 'restore', reportId: id, reason, actor });
    const state = await trx
      .selectFrom('reports')
      .select('is_current')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return { id, deletedAt: null, isCurrent: Boolean(state.is_current) };
  });
}
