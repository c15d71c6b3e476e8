import type { ColumnType, Generated, Kysely, SqlBool } from 'kysely';
import type { Database } from './database.ts';

/** Booleans come back as 0/1 from SQLite and as true/false from PostgreSQL. */
type Flag = ColumnType<SqlBool, boolean, boolean>;

/** Who may do what: readers read a closed store, editors change data, admins also manage tokens. */
export type TokenRole = 'reader' | 'editor' | 'admin';
/** The kinds of change the audit log records. */
export type AuditAction = 'import' | 'correct' | 'delete' | 'restore';

/** An API token; only the sha256 of the token is stored, never the token itself. */
export interface ApiTokenTable {
  id: Generated<number>;
  name: string;
  role: TokenRole;
  token_hash: string;
  /** ISO 8601 UTC timestamp. */
  created_at: string;
  revoked_at: string | null;
  /** ISO 8601 UTC; null: the token never expires. */
  expires_at: string | null;
}

/** A dashboard login bound to one token; only the sha256 of the cookie's secret is stored. */
export interface SessionTable {
  id: Generated<number>;
  session_hash: string;
  token_id: number;
  created_at: string;
  /** ISO 8601 UTC; never later than the token's own expiry. */
  expires_at: string;
}

/**
 * The current correction of one value. `report_values` holds the effective (corrected) value, so
 * every read model sees it; the value the parser extracted is kept here, unchanged.
 */
export interface ValueCorrectionTable {
  report_id: number;
  code: string;
  /** The extracted value; null for a blank cell or (when `extracted_present` is false) no cell. */
  extracted_value: number | null;
  extracted_blank: Flag;
  /** False when the parser found no cell for this code and the correction added it. */
  extracted_present: Flag;
  value: number | null;
  reason: string;
  corrected_by: string;
  corrected_at: string;
}

/** One change to the store: who (token), when, what, old and new value, why. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  action: AuditAction;
  report_id: number;
  code: string | null;
  old_value: number | null;
  new_value: number | null;
  reason: string | null;
  actor_token_id: number | null;
  actor_name: string;
}

/** One row (id = 1): a counter every write bumps through triggers, and a per-store random epoch. */
export interface DataVersionTable {
  id: number;
  epoch: string;
  /** bigint: PostgreSQL returns it as a string. */
  version: number | string;
}

/** The tables of the write path, kept beside (not inside) the read schema in database.ts. */
export type WriteTables = {
  api_tokens: ApiTokenTable;
  value_corrections: ValueCorrectionTable;
  audit_log: AuditLogTable;
  data_version: DataVersionTable;
  sessions: SessionTable;
};

/** The whole store schema as the write path sees it. */
export type WriteDatabase = Database & WriteTables;

/** The same connection, typed with the write-path tables. */
export function writeDb(db: Kysely<Database>): Kysely<WriteDatabase> {
  return db.withTables<WriteTables>();
}
