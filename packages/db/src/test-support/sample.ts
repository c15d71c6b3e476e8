import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Store } from '../store.ts';

/** The one real report in the repository (嵩县人民政府办公室, 2020, 2019 edition). */
export const SAMPLE_PATH = fileURLToPath(
  new URL('../../../../data/reports/real/songxian-2020-zfb.txt', import.meta.url),
);

const TABLES = ['regions', 'agencies', 'reports', 'report_values', 'facts', 'findings'] as const;

/** Row count of every table, to prove that a failed import wrote nothing. */
export async function rowCounts(store: Store): Promise<Record<(typeof TABLES)[number], number>> {
  const entries = await Promise.all(
    TABLES.map(async (table) => {
      const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(
        store.db,
      );
      return [table, Number(result.rows[0]?.n ?? 0)] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<(typeof TABLES)[number], number>;
}
