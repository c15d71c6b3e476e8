import { divisionsNamed } from '../region-codes/divisions.ts';

// Administrative suffixes, longest first, with their level (lower = larger area).
const SUFFIXES: readonly [string, number][] = [
  ['特别行政区', 1],
  ['自治区', 1],
  ['省', 1],
  ['自治州', 2],
  ['地区', 2],
  ['市', 2],
  ['自治县', 3],
  ['自治旗', 3],
  ['县', 3],
  ['区', 3],
  ['旗', 3],
  ['街道', 4],
  ['镇', 4],
  ['乡', 4],
];

// Words that end like a place but are not one ("城市管理局", "城乡建设", "社区").
const NOT_PLACES = new Set([
  '城市',
  '城乡',
  '社区',
  '小区',
  '园区',
  '景区',
  '辖区',
  '城区',
  '市区',
  '郊区',
  '山区',
  '县市',
  '省市',
  '县区',
  '市县',
  '乡镇',
  '城镇',
]);
// Characters that never occur inside a place name but often in agency names.
const NOT_IN_PLACE = /[和与及的政府委办局厅部院所中心会队站]/u;
const MAX_NAME = 10;

/**
 * The leading place names of an agency, as printed: '嵩县人民政府办公室' → '嵩县',
 * '洛阳市嵩县教育局' → '洛阳市嵩县'. Each name ends in 省/市/县/区/旗/镇/乡/街道 (or an autonomous
 * variant) and is no larger than the one before; null when the agency does not start with one.
 */
export function regionOf(agency: string | null): string | null {
  const parts = regionParts(agency);
  return parts.length > 0 ? parts.join('') : null;
}

/** The place names `regionOf` joins, one per level: '洛阳市嵩县教育局' → ['洛阳市', '嵩县']. */
export function regionParts(agency: string | null): string[] {
  if (agency === null) return [];
  const parts: string[] = [];
  let pos = 0;
  let level = 0;
  while (pos < agency.length) {
    const next = placeAt(agency, pos);
    if (next === null || next.level < level) break;
    parts.push(agency.slice(pos, next.end));
    pos = next.end;
    level = next.level;
  }
  return parts;
}

function placeAt(text: string, from: number): { end: number; level: number } | null {
  // The shortest plausible name wins: 嵩县 in 嵩县县委, not 嵩县县.
  for (let end = from + 2; end <= Math.min(text.length, from + MAX_NAME); end++) {
    const name = text.slice(from, end);
    const suffix = SUFFIXES.find(([s]) => name.endsWith(s) && name.length > s.length);
    if (suffix === undefined) continue;
    if (NOT_PLACES.has(name)) return null;
    // A division the gazetteer knows is a place even with 中 or 和 in it (市中区, 和平区).
    if (NOT_IN_PLACE.test(name) && divisionsNamed(name).length === 0) return null;
    return { end, level: suffix[1] };
  }
  return null;
}
