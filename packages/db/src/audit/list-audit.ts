import type { AuditListDto } from '@nianbao/schema';
import type { Store } from '../store.ts';
import { type AuditAction, writeDb } from '../write-tables.ts';

export interface AuditFilter {
  report?: number | undefined;
  action?: AuditAction | undefined;
  /** 1-based. */
  page: number;
  pageSize: number;
}

/** One page of the audit log, newest change first. */
export async function listAudit(store: Store, filter: AuditFilter): Promise<AuditListDto> {
  const page = Math.max(1, Math.floor(filter.page));
  const pageSize = Math.max(1, Math.floor(filter.pageSize));
  const filtered = writeDb(store.db)
    .selectFrom('audit_log')
    .$if(filter.report !== undefined, (qb) => qb.where('report_id', '=', filter.report ?? 0))
    .$if(filter.action !== undefined, (qb) => qb.where('action', '=', filter.action ?? 'correct'));
  const [totalRow, rows] = await Promise.all([
    filtered.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
    filtered
      .selectAll()
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
  ]);
  return {
    total: Number(totalRow?.n ?? 0),
    page,
    pageSize,
    entries: rows.map((row) => ({
      id: row.id,
      at: row.at,
      action: row.action,
      reportId: row.report_id,
      code: row.code,
      oldValue: row.old_value,
      newValue: row.new_value,
      reason: row.reason,
      actor: { tokenId: row.actor_token_id, name: row.actor_name },
    })),
  };
}
