import { sql } from 'kysely';
import type { Store } from '../store.ts';

/** Problems found in a store; an empty list means every check passed. */
export interface ConsistencyReport {
  problems: string[];
}

// Each query counts rows that must not exist in a store whose writes were all-or-nothing.
const CHECKS: readonly (readonly [string, string])[] = [
  [
    'reports without any value (a report row committed without its contents)',
    'select count(*) as n from reports r where not exists (select 1 from report_values v where v.report_id = r.id)',
  ],
  [
    'values of a report that does not exist',
    'select count(*) as n from report_values v where not exists (select 1 from reports r where r.id = v.report_id)',
  ],
  [
    'facts of a report that does not exist',
    'select count(*) as n from facts f where not exists (select 1 from reports r where r.id = f.report_id)',
  ],
  [
    'findings of a report that does not exist',
    'select count(*) as n from findings f where not exists (select 1 from reports r where r.id = f.report_id)',
  ],
  [
    'derived values of a report that does not exist',
    'select count(*) as n from derived_values d where not exists (select 1 from reports r where r.id = d.report_id)',
  ],
  [
    'reports of an agency that does not exist',
    'select count(*) as n from reports r where not exists (select 1 from agencies a where a.id = r.agency_id)',
  ],
  [
    'live reports stored more than once (same sha256)',
    'select count(*) as n from (select sha256 from reports where deleted_at is null group by sha256 having count(*) > 1) d',
  ],
  [
    'agency-years with more than one current live report',
    `select count(*) as n from (select agency_id, year from reports
       where deleted_at is null and is_current = ${'true'} and year is not null
       group by agency_id, year having count(*) > 1) d`,
  ],
];

/**
 * Checks what an interrupted or concurrent write could break: SQLite's own integrity and foreign-key
 * checks, then orphan and duplicate rows across the report tables. Used by the reliability suites
 * (after SIGKILLed imports, on backups) and cheap enough to run on a live store.
 */
export async function storeConsistency(store: Store): Promise<ConsistencyReport> {
  const problems: string[] = [];
  if (store.dialect === 'sqlite') {
    const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db);
    const lines = integrity.rows.map((r) => r.integrity_check);
    if (lines.join() !== 'ok') problems.push(`integrity_check: ${lines.join('; ')}`);
    const foreign = await sql<{ table: string }>`pragma foreign_key_check`.execute(store.db);
    if (foreign.rows.length > 0) {
      problems.push(`foreign_key_check: ${foreign.rows.length} rows (${foreign.rows[0]?.table ?? ''}…)`);
    }
  }
  for (const [label, query] of CHECKS) {
    // SQLite stores booleans as 1/0 and PostgreSQL as true/false; both accept the literal `true`
    // only on PostgreSQL, so the flag is compared with 1 on SQLite.
    const text = store.dialect === 'sqlite' ? query.replace('is_current = true', 'is_current = 1') : query;
    const result = await sql<{ n: number | string }>`${sql.raw(text)}`.execute(store.db);
    const n = Number(result.rows[0]?.n ?? 0);
    if (n > 0) problems.push(`${label}: ${n}`);
  }
  return { problems };
}
