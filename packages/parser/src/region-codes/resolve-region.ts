import {
  type Division,
  divisionsNamed,
  type RegionChain,
  type RegionLevel,
  townshipsNamed,
} from './divisions.ts';

/** A region resolved against the gazetteer: its GB/T 2260 code and the chain of divisions. */
export interface ResolvedRegion {
  /** The code of the smallest GB/T 2260 division the region lies in; null when unknown or ambiguous. */
  code: string | null;
  chain: RegionChain | null;
}

const UNRESOLVED: ResolvedRegion = { code: null, chain: null };
const TOWNSHIP = /(?:镇|乡|街道|苏木)$/u;
// Suffixes dropped to get the short form a report also uses (洛阳市 → 洛阳, 广西壮族自治区 → 广西).
const SUFFIX = /(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市|地区|盟)$/u;

/** The name and, where the suffix can be dropped, its short form (at least two characters). */
function forms(name: string): string[] {
  const short = name.replace(SUFFIX, '');
  return short !== name && short.length >= 2 ? [name, short] : [name];
}

function levels(chain: RegionChain): RegionLevel[] {
  return [chain.province, chain.city, chain.county, chain.township].filter(
    (l): l is RegionLevel => l !== null,
  );
}

/** Every printed part names a level of the candidate's chain. */
function consistent(candidate: Division, parts: readonly string[]): boolean {
  const names = levels(candidate.chain).flatMap((l) => forms(l.name));
  return parts.every((p) => names.includes(p));
}

/** How strongly the text points at the candidate: its parent divisions mentioned by name. */
function score(candidate: Division, context: string): number {
  const { province, city, county } = candidate.chain;
  const mentioned = (l: RegionLevel | null) => l !== null && forms(l.name).some((f) => context.includes(f));
  let s = 0;
  if (candidate.level === 4 && mentioned(county)) s += 4;
  if (candidate.level >= 3 && mentioned(city)) s += 2;
  if (candidate.level >= 2 && mentioned(province)) s += 1;
  return s;
}

/** The one candidate the printed parts and the text agree on, or null when none or several do. */
function pick(candidates: readonly Division[], parts: readonly string[], context: string): Division | null {
  const fitting = candidates.filter((c) => consistent(c, parts));
  if (fitting.length <= 1) return fitting[0] ?? null;
  const scored = fitting.map((c) => ({ c, s: score(c, context) }));
  const best = Math.max(...scored.map((x) => x.s));
  const top = scored.filter((x) => x.s === best);
  return best > 0 && top.length === 1 ? (top[0]?.c ?? null) : null;
}

function resolved(chain: RegionChain): ResolvedRegion {
  const code = chain.county?.code ?? chain.city?.code ?? chain.province?.code ?? null;
  return { code, chain };
}

/**
 * Resolves the place names an agency's name starts with (`['洛阳市', '嵩县']`) to a division
 * code. Same-named divisions (there are four 市中区) are told apart by the other printed parts
 * and then by which parent city or province the report's text mentions; when that leaves more
 * than one, the region stays unresolved rather than guessed. A township resolves to the county
 * it lies in (its own nine-digit statistical code goes into `chain.township`).
 */
export function resolveRegion(parts: readonly string[], context: string): ResolvedRegion {
  if (parts.length === 0) return UNRESOLVED;
  const last = parts[parts.length - 1] as string;
  const township = TOWNSHIP.test(last) ? last : null;
  const upper = township === null ? parts : parts.slice(0, -1);

  if (upper.length > 0) {
    const target = upper[upper.length - 1] as string;
    const found = pick(divisionsNamed(target), upper.slice(0, -1), context);
    if (found === null) return UNRESOLVED;
    if (township === null) return resolved(found.chain);
    const code = found.chain.county?.code ?? found.chain.city?.code;
    const inside = townshipsNamed(township).filter((t) => {
      const parent = found.level === 3 ? t.chain.county?.code : t.chain.city?.code;
      return parent === code;
    });
    return resolved(inside.length === 1 && inside[0] !== undefined ? inside[0].chain : found.chain);
  }
  const town = pick(townshipsNamed(last), [], context);
  return town === null ? UNRESOLVED : resolved(town.chain);
}
