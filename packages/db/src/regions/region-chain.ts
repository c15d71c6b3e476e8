import type { RegionLevel } from '../database.ts';
import { provinceName, regionCodeChain } from './gbt-code.ts';
import { splitRegionName } from './region-names.ts';

/** One region of a chain from the largest area down; the code is the GB/T 2260 code when known. */
export interface RegionLink {
  code: string | null;
  name: string;
  level: RegionLevel | null;
}

const RANK: Record<RegionLevel, number> = { province: 1, city: 2, county: 3, township: 4 };

/**
 * The chain of regions a report names: from its printed region name ('洛阳市嵩县') and, when the
 * parser found one, its GB/T 2260 code. The code decides levels and ancestors; names come from the
 * report (provinces from GB/T 2260). A coded ancestor whose name is unknown is left out rather than
 * invented; a named place below the coded one is kept, uncoded.
 */
export function regionChainFor(name: string | null, code: string | null): RegionLink[] {
  const parts = name ? splitRegionName(name) : [];
  const coded = code ? regionCodeChain(code) : [];
  const leaf = coded.at(-1);
  if (leaf === undefined) return parts.map((p) => ({ code: null, name: p.name, level: p.level }));

  const named = new Map<RegionLevel, string>();
  const last = parts.at(-1);
  for (const part of parts) {
    if (part.level !== null) named.set(part.level, part.name);
    // An undecided 市 above the last name is the prefecture when the code has one.
    else if (part !== last && !named.has('city')) named.set('city', part.name);
  }
  if (last && (last.level === null || last.level === leaf.level)) named.set(leaf.level, last.name);

  const chain: RegionLink[] = [];
  for (const link of coded) {
    const linkName =
      named.get(link.level) ??
      (link.level === 'province' ? provinceName(link.code) : undefined) ??
      // A leaf must be stored under some name; its code is the one thing known about it.
      (link === leaf ? link.code : undefined);
    if (linkName !== undefined) chain.push({ code: link.code, name: linkName, level: link.level });
  }
  for (const part of parts) {
    if (part.level !== null && RANK[part.level] > RANK[leaf.level]) {
      chain.push({ code: null, name: part.name, level: part.level });
    }
  }
  return chain;
}
