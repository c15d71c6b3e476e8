import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { RollupDelta } from './rollup-delta.ts';
import { addLoaded, applyRollups, loadCountedReports } from './rollup-writes.ts';

const CHUNK = 500;

async function statuses(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('reports')
      .select(['id', 'status'])
      .where('id', 'in', ids.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) out.set(r.id, r.status);
  }
  return out;
}

/**
 * Runs an update of report statuses with the rollups' flagged counts following it: a counted
 * report whose status changed is taken out as it was and put back as it is. Reports in `uncounted`
 * (stored in this transaction, counted after it) are left to their writer. Call it inside the
 * writing transaction.
 */
export async function trackFlagged(
  db: Kysely<Database>,
  reportIds: readonly number[],
  update: () => Promise<void>,
  uncounted: ReadonlySet<number> = new Set(),
): Promise<void> {
  const tracked = reportIds.filter((id) => !uncounted.has(id));
  if (tracked.length === 0) return update();
  const before = await statuses(db, tracked);
  await update();
  const after = await statuses(db, tracked);
  const changed = tracked.filter((id) => before.get(id) !== after.get(id));
  if (changed.length === 0) return;
  const counted = await loadCountedReports(db, { reportIds: changed });
  const totals = new RollupDelta();
  addLoaded(
    totals,
    counted.map((r) => ({ ...r, flagged: before.get(r.reportId) === 'flagged' })),
    -1,
  );
  addLoaded(totals, counted, 1);
  await applyRollups(db, totals);
}
