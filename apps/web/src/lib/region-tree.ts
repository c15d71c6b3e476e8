import type { RegionNodeDto } from '@nianbao/schema';

/** Names one region: by GB/T code when it has one, else by store id. */
export interface RegionRef {
  region: string | undefined;
  regionId: number | undefined;
}

/** The reference a link should carry for a node (code preferred). */
export function refOf(node: Pick<RegionNodeDto, 'id' | 'code'>): RegionRef {
  return node.code === null
    ? { region: undefined, regionId: node.id }
    : { region: node.code, regionId: undefined };
}

/** True when the node is the one the reference names. */
export function isRegion(node: Pick<RegionNodeDto, 'id' | 'code'>, ref: RegionRef): boolean {
  if (ref.region !== undefined) return node.code === ref.region;
  return ref.regionId !== undefined && node.id === ref.regionId;
}

/** The named region and its ancestors (root first), or undefined when the tree has no such region. */
export function regionPath(roots: readonly RegionNodeDto[], ref: RegionRef): RegionNodeDto[] | undefined {
  for (const root of roots) {
    if (isRegion(root, ref)) return [root];
    const below = regionPath(root.children, ref);
    if (below !== undefined) return [root, ...below];
  }
  return undefined;
}

/**
 * The region a page shows when the link names none: the root with the most reports, descending while
 * a region has no reports of its own and one child holds all of them (a store of one county opens on
 * that county, not on its province).
 */
export function defaultRegion(roots: readonly RegionNodeDto[]): RegionNodeDto | undefined {
  let node = [...roots].sort((a, b) => b.totalReportCount - a.totalReportCount)[0];
  while (node !== undefined && node.reportCount === 0) {
    const withReports = node.children.filter((c) => c.totalReportCount > 0);
    const only = withReports[0];
    if (withReports.length !== 1 || only === undefined) break;
    node = only;
  }
  return node;
}

/**
 * The tree cut down to regions whose name contains `query`, with their ancestors so each match keeps
 * its place; an empty query keeps everything.
 */
export function filterRegions(roots: readonly RegionNodeDto[], query: string): RegionNodeDto[] {
  const q = query.trim();
  if (q === '') return [...roots];
  const out: RegionNodeDto[] = [];
  for (const node of roots) {
    if (node.name.includes(q) || node.code === q) {
      out.push(node);
      continue;
    }
    const children = filterRegions(node.children, q);
    if (children.length > 0) out.push({ ...node, children });
  }
  return out;
}

/** Display name of a region with its parent for context: `洛阳市 · 嵩县`. */
export function regionLabel(path: readonly RegionNodeDto[]): string {
  return path
    .slice(-2)
    .map((n) => n.name)
    .join(' · ');
}

/** Immediate children of the named region (for "compare its sub-regions"); [] when it has none. */
export function childrenOf(roots: readonly RegionNodeDto[], ref: RegionRef): RegionNodeDto[] {
  return regionPath(roots, ref)?.at(-1)?.children ?? [];
}
