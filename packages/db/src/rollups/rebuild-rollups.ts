import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { RollupDelta } from './rollup-delta.ts';
import { ancestry, rollupChainOf, settleRollupKeys } from './rollup-keys.ts';
import type { RollupTotals } from './rollup-values.ts';
import { loadCountedReports } from './rollup-writes.ts';

/**
 * Recomputes every rollup row from the reports (after a migration adds them, or to repair a store):
 * forgets all rollup keys and settles every agency anew, which counts its current reports.
 */
export async function rebuildRollups(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('region_rollups').execute();
  await db.deleteFrom('rollup_agencies').execute();
  await db.deleteFrom('rollup_dirty_regions').execute();
  const agencies = await db.selectFrom('agencies').select('id').orderBy('id').execute();
  await settleRollupKeys(
    db,
    agencies.map((a) => a.id),
  );
}

/** A rollup row that differs from what the reports add up to. */
export interface RollupDrift {
  code: string;
  regionId: number;
  year: number;
  kind: string;
  stored: RollupTotals | undefined;
  expected: RollupTotals | undefined;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
const empty = (t: RollupTotals | undefined) =>
  t === undefined ||
  (t.reports === 0 && t.flagged === 0 && t.editions2019 === 0 && t.editions2021 === 0 && close(t.total, 0));

/**
 * Compares the stored rollups with sums computed afresh from every current report and the region
 * tree as it is now; empty when they agree (rows that add up to nothing count as absent).
 */
export async function rollupDrift(db: Kysely<Database>): Promise<RollupDrift[]> {
  const agencies = await db.selectFrom('agencies').select(['id', 'kind', 'region_id']).execute();
  const regions = await ancestry(
    db,
    agencies.flatMap((a) => (a.region_id === null ? [] : [a.region_id])),
  );
  const keyOf = new Map(
    agencies.map((a) => [a.id, { regionIds: rollupChainOf(a.region_id, regions), kind: a.kind }]),
  );
  const delta = new RollupDelta();
  for (const report of await loadCountedReports(db, { agencyIds: agencies.map((a) => a.id) })) {
    const key = keyOf.get(report.agencyId);
    if (!key) continue;
    delta.add({ ...report, regionIds: key.regionIds, kind: key.kind }, 1);
  }
  const rowKey = (code: string, regionId: number, year: number, kind: string) =>
    `${code}\u0000${regionId}\u0000${year}\u0000${kind}`;
  const keys = new Map<string, Omit<RollupDrift, 'stored' | 'expected'>>();
  const expected = new Map<string, RollupTotals>();
  for (const { totals, ...at } of delta.rows()) {
    const key = rowKey(at.code, at.regionId, at.year, at.kind);
    expected.set(key, totals);
    keys.set(key, at);
  }
  const stored = new Map<string, RollupTotals>();
  for (const r of await db.selectFrom('region_rollups').selectAll().execute()) {
    const key = rowKey(r.code, r.region_id, r.year, r.kind);
    keys.set(key, { code: r.code, regionId: r.region_id, year: r.year, kind: r.kind });
    stored.set(key, {
      total: r.total,
      den: r.den,
      reports: r.reports,
      flagged: r.flagged,
      editions2019: r.editions_2019,
      editions2021: r.editions_2021,
    });
  }
  const drift: RollupDrift[] = [];
  for (const [key, at] of keys) {
    const s = stored.get(key);
    const e = expected.get(key);
    if (empty(s) && empty(e)) continue;
    const same =
      s !== undefined &&
      e !== undefined &&
      close(s.total, e.total) &&
      close(s.den, e.den) &&
      s.reports === e.reports &&
      s.flagged === e.flagged &&
      s.editions2019 === e.editions2019 &&
      s.editions2021 === e.editions2021;
    if (!same) drift.push({ ...at, stored: s, expected: e });
  }
  return drift;
}
