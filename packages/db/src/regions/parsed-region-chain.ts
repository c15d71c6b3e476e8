import type { RegionLevel } from '../database.ts';
import { normaliseRegionCode } from './gbt-code.ts';
import { type RegionLink, regionChainFor } from './region-chain.ts';
import { splitRegionName } from './region-names.ts';

type Division = { name: string; code: string } | null;

/** What the parser says about a report's region: the printed name, its code and its divisions. */
export interface ParsedRegion {
  region: string | null;
  regionCode?: string | null | undefined;
  regionChain?:
    | { province: Division; city: Division; county: Division; township: Division }
    | null
    | undefined;
}

const RANK: Record<RegionLevel, number> = { province: 1, city: 2, county: 3, township: 4 };

/**
 * The chain of regions to store for a parsed report. The parser's gazetteer chain names and codes
 * every level; without it, the printed name and code are split and derived (regionChainFor). A
 * printed place below the gazetteer's smallest division (a township it does not list) is kept,
 * uncoded.
 */
export function regionChainOfParsed(parsed: ParsedRegion): RegionLink[] {
  const name = parsed.region?.trim() || null;
  const chain = parsed.regionChain;
  if (!chain) return regionChainFor(name, parsed.regionCode?.trim() || null);
  const links: RegionLink[] = [];
  for (const level of ['province', 'city', 'county', 'township'] as const) {
    const division = chain[level];
    if (division) links.push({ code: normaliseRegionCode(division.code), name: division.name, level });
  }
  const deepest = links.at(-1)?.level;
  for (const part of name ? splitRegionName(name) : []) {
    const { level } = part;
    const below = level !== null && (!deepest || RANK[level] > RANK[deepest]);
    if (below && !links.some((l) => l.name === part.name)) links.push({ code: null, ...part });
  }
  return links;
}
