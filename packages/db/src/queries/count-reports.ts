import type { Store } from '../store.ts';

/** The number of live (not deleted) reports in the store. */
export async function countReports(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom('reports')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
