import type { Generated, Kysely } from 'kysely';
import type { Database, ReportSource } from '../database.ts';

/**
 * One unit's month of the information-adoption ledger (政务信息报送): items submitted to its
 * superior and items adopted. One row per agency, year and month; importing that month again
 * replaces it.
 */
export interface LedgerEntryTable {
  id: Generated<number>;
  agency_id: number;
  year: number;
  month: number;
  submitted: number;
  adopted: number;
  /** Adopted at each level; all three null when the ledger named no level for this month. */
  adopted_city: number | null;
  adopted_province: number | null;
  adopted_national: number | null;
  source: ReportSource;
  /** Where the figures came from, so a questioned figure can be found in its spreadsheet. */
  file_name: string;
  sheet: string | null;
  /** First spreadsheet row (1-based) of the entry. */
  row: number;
  /** ISO 8601 UTC timestamp. */
  imported_at: string;
}

/** The ledger's tables, kept beside (not inside) the report schema in database.ts. */
export type LedgerTables = { ledger_entries: LedgerEntryTable };

/** The store schema with the ledger tables. */
export type LedgerDatabase = Database & LedgerTables;

/** The same connection, typed with the ledger tables. */
export function ledgerDb(db: Kysely<Database>): Kysely<LedgerDatabase> {
  return db.withTables<LedgerTables>();
}
