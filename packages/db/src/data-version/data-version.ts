import type { Store } from '../store.ts';
import { writeDb } from '../write-tables.ts';

/** The store's change counter: every committed write (through any path) moves `version` on. */
export interface DataVersion {
  /** Random per store, so two stores never share a tag. */
  epoch: string;
  version: number;
}

/** Reads the current data version: one primary-key lookup, cheap enough for every GET. */
export async function getDataVersion(store: Store): Promise<DataVersion> {
  if (store.readDataVersion) return store.readDataVersion();
  const row = await writeDb(store.db)
    .selectFrom('data_version')
    .select(['epoch', 'version'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return { epoch: row.epoch, version: Number(row.version) };
}
