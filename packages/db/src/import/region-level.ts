import type { RegionLevel } from '../database.ts';

// Longest suffixes first: 自治县 must win over 县, 街道 over nothing.
const SUFFIXES: readonly (readonly [string, RegionLevel])[] = [
  ['特别行政区', 'province'],
  ['自治区', 'province'],
  ['自治州', 'city'],
  ['自治县', 'county'],
  ['自治旗', 'county'],
  ['街道', 'township'],
  ['省', 'province'],
  ['州', 'city'],
  ['盟', 'city'],
  ['县', 'county'],
  ['旗', 'county'],
  ['区', 'county'],
  ['乡', 'township'],
  ['镇', 'township'],
];

const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);

/**
 * The administrative level a region name implies, or null when the name does not say: `…市` is
 * either a prefecture-level or a county-level city, and only a GB/T 2260 code can tell them apart.
 */
export function regionLevelFromName(name: string): RegionLevel | null {
  if (MUNICIPALITIES.has(name)) return 'province';
  for (const [suffix, level] of SUFFIXES) {
    if (name.endsWith(suffix) && name.length > suffix.length) return level;
  }
  return null;
}
