import type { RegionNodeDto, RegionTreeDto } from '@nianbao/schema';
import type { Store } from '../store.ts';
import { scopedReports } from './report-scope.ts';

const collator = new Intl.Collator('zh-CN');

/** Codes first in code order (province before its cities), then uncoded regions by name. */
export function compareRegions(a: { code: string | null; name: string }, b: typeof a): number {
  if (a.code !== null && b.code !== null) return a.code.localeCompare(b.code);
  if (a.code !== null || b.code !== null) return a.code !== null ? -1 : 1;
  return collator.compare(a.name, b.name);
}

/**
 * Every region as a tree (province → city → county → township), each with the agencies placed in
 * it, their current reports, and the current reports of its whole subtree.
 */
export async function getRegionTree(store: Store): Promise<RegionTreeDto> {
  const { db } = store;
  const [regions, agencies, reports] = await Promise.all([
    db.selectFrom('regions').select(['id', 'code', 'name', 'level', 'parent_id']).execute(),
    db
      .selectFrom('agencies')
      .select(['region_id', (eb) => eb.fn.countAll().as('n')])
      .groupBy('region_id')
      .execute(),
    scopedReports(db, {})
      .select(['agencies.region_id', (eb) => eb.fn.countAll().as('n')])
      .groupBy('agencies.region_id')
      .execute(),
  ]);
  const agencyCounts = new Map(agencies.map((r) => [r.region_id, Number(r.n)]));
  const reportCounts = new Map(reports.map((r) => [r.region_id, Number(r.n)]));

  const nodes = new Map<number, RegionNodeDto>();
  for (const r of regions) {
    nodes.set(r.id, {
      id: r.id,
      code: r.code,
      name: r.name,
      level: r.level,
      agencyCount: agencyCounts.get(r.id) ?? 0,
      reportCount: reportCounts.get(r.id) ?? 0,
      totalReportCount: 0,
      children: [],
    });
  }
  const parentOf = new Map(regions.map((r) => [r.id, r.parent_id]));
  const roots: RegionNodeDto[] = [];
  for (const r of regions) {
    const node = nodes.get(r.id);
    const parent = r.parent_id === null ? undefined : nodes.get(r.parent_id);
    if (!node) continue;
    if (parent && !isBelow(parent.id, node.id, parentOf)) parent.children.push(node);
    else roots.push(node);
  }
  const finish = (node: RegionNodeDto): number => {
    node.children.sort(compareRegions);
    node.totalReportCount = node.reportCount + node.children.reduce((sum, child) => sum + finish(child), 0);
    return node.totalReportCount;
  };
  roots.sort(compareRegions);
  for (const root of roots) finish(root);
  return {
    regions: roots,
    unplaced: { agencyCount: agencyCounts.get(null) ?? 0, reportCount: reportCounts.get(null) ?? 0 },
  };
}

/** True when `id` lies at or below `ancestor`: a cycle in parent links, which the tree must not follow. */
function isBelow(id: number, ancestor: number, parentOf: ReadonlyMap<number, number | null>): boolean {
  let at: number | null | undefined = id;
  for (let step = 0; at != null && step <= parentOf.size; step++) {
    if (at === ancestor) return true;
    at = parentOf.get(at);
  }
  return false;
}
