import type { RegionLevel } from '../database.ts';
import { regionLevelFromName } from '../import/region-level.ts';

/** One place name of a compound region name, with the level its suffix implies (null: unknown). */
export interface NamedLevel {
  name: string;
  level: RegionLevel | null;
}

// Suffixes a place name may end in; 市 is a city or a county-level city and stays undecided here.
const SUFFIX = /(特别行政区|自治区|自治州|自治县|自治旗|街道|省|市|州|盟|地区|县|旗|区|乡|镇)$/u;
const SINGLE_SUFFIX = new Set(['市', '县', '区']);
const MAX_NAME = 10;
const RANK: Record<RegionLevel, number> = { province: 1, city: 2, county: 3, township: 4 };

/**
 * Splits a compound region name as the parser prints it ('洛阳市嵩县') into its place names from the
 * largest down. A 市 followed by a county-level name is a city. A name that does not split cleanly
 * stays one piece.
 */
export function splitRegionName(name: string): NamedLevel[] {
  const whole = name.trim();
  if (whole === '') return [];
  const parts: string[] = [];
  let pos = 0;
  while (pos < whole.length) {
    const end = nextPlaceEnd(whole, pos);
    if (end === null) return [{ name: whole, level: regionLevelFromName(whole) }];
    parts.push(whole.slice(pos, end));
    pos = end;
  }
  const named = parts.map((part) => ({ name: part, level: regionLevelFromName(part) }));
  for (const [i, part] of named.entries()) {
    const next = named[i + 1];
    if (part.level === null && part.name.endsWith('市') && next?.level && RANK[next.level] >= RANK.county) {
      part.level = 'city';
    }
  }
  return isDescending(named) ? named : [{ name: whole, level: regionLevelFromName(whole) }];
}

function nextPlaceEnd(text: string, from: number): number | null {
  // The shortest plausible name wins, as in the parser: 嵩县 in 嵩县城关镇. A suffix character inside a
  // name (郑州市, 通州区, 沙市区) is followed by the real suffix, which then belongs to the name.
  for (let end = from + 2; end <= Math.min(text.length, from + MAX_NAME); end++) {
    if (!SUFFIX.test(text.slice(from, end))) continue;
    return SINGLE_SUFFIX.has(text.charAt(end)) ? end + 1 : end;
  }
  return null;
}

/** Known levels must get strictly smaller from left to right, or the split was a misreading. */
function isDescending(parts: readonly NamedLevel[]): boolean {
  let last = 0;
  for (const part of parts) {
    if (part.level === null) continue;
    if (RANK[part.level] <= last) return false;
    last = RANK[part.level];
  }
  return true;
}
