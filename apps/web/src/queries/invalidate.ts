import type { QueryClient } from '@tanstack/react-query';

/**
 * Key prefixes of every query whose answer depends on the stored reports. The metric catalogue is
 * not among them: it only changes with a deploy.
 */
export const STORE_DATA_PREFIXES = [
  ['health'],
  ['reports'],
  ['agencies'],
  ['regions'],
  ['series'],
  ['compare'],
  ['rankings'],
  ['audit'],
  ['overview'],
] as const;

/** Marks everything derived from the store stale after an import, correction, delete or restore. */
export async function invalidateStoreData(client: QueryClient): Promise<void> {
  await Promise.all(
    STORE_DATA_PREFIXES.map((queryKey) => client.invalidateQueries({ queryKey: [...queryKey] })),
  );
}
