import type { Kysely } from 'kysely';
import type { Store } from '../store.ts';
import { type AuditAction, type WriteDatabase, writeDb } from '../write-tables.ts';

/** Who made a change: the API token (id and name) or a named local process such as the CLI. */
export interface Actor {
  tokenId: number | null;
  name: string;
}

/** One change to record. */
export interface AuditEntryInput {
  action: AuditAction;
  reportId: number;
  code?: string | null;
  oldValue?: number | null;
  newValue?: number | null;
  reason?: string | null;
  actor: Actor;
  /** ISO 8601 UTC; defaults to now. */
  at?: string;
}

/** Appends one audit row; call it inside the transaction of the change it records. */
export async function recordAudit(db: Kysely<WriteDatabase>, entry: AuditEntryInput): Promise<number> {
  const { id } = await db
    .insertInto('audit_log')
    .values({
      at: entry.at ?? new Date().toISOString(),
      action: entry.action,
      report_id: entry.reportId,
      code: entry.code ?? null,
      old_value: entry.oldValue ?? null,
      new_value: entry.newValue ?? null,
      reason: entry.reason ?? null,
      actor_token_id: entry.actor.tokenId,
      actor_name: entry.actor.name,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Appends one audit row in its own statement, for a change whose transaction is owned elsewhere. */
export async function appendAudit(store: Store, entry: AuditEntryInput): Promise<number> {
  return recordAudit(writeDb(store.db), entry);
}
