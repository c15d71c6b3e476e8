import type { Store } from '../store.ts';
import { ledgerDb } from './ledger-tables.ts';

/** How many unit-months the ledger holds (first start imports the demo ledger when it is 0). */
export async function countLedgerEntries(store: Store): Promise<number> {
  const row = await ledgerDb(store.db)
    .selectFrom('ledger_entries')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
