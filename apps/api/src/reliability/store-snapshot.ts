import { getDataVersion, type Store } from '@nianbao/db';
import { sql } from 'kysely';

/** Row count of every table in the store (whatever tables later migrations add), and the data version. */
export interface StoreSnapshot {
  tables: Record<string, number>;
  dataVersion: { epoch: string; version: number };
}

/** Counts every table the store has, so a write through any path (or a new table) shows up. */
export async function storeSnapshot(store: Store): Promise<StoreSnapshot> {
  const tables = (await store.db.introspection.getTables()).map((t) => t.name).sort();
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(
      store.db,
    );
    counts[table] = Number(result.rows[0]?.n ?? 0);
  }
  return { tables: counts, dataVersion: await getDataVersion(store) };
}

/** The value of a `Set-Cookie` header's first pair, as a `Cookie` request header carries it. */
export function cookieFrom(setCookie: string | null): string {
  const pair = setCookie?.split(';')[0];
  if (pair === undefined || pair === '') throw new Error('the response set no cookie');
  return pair;
}
