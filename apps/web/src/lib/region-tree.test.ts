import type { RegionNodeDto } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import {
  childrenOf,
  defaultRegion,
  filterRegions,
  isRegion,
  refOf,
  regionLabel,
  regionPath,
} from './region-tree.ts';

function node(
  id: number,
  name: string,
  code: string | null,
  reportCount: number,
  children: RegionNodeDto[] = [],
): RegionNodeDto {
  const total = reportCount + children.reduce((s, c) => s + c.totalReportCount, 0);
  return { id, name, code, level: null, agencyCount: 0, reportCount, totalReportCount: total, children };
}

const songxian = node(3, '嵩县', '410325', 12, [node(4, '城关镇', '410325100', 2)]);
const luanchuan = node(5, '栾川县', '410324', 0);
const luoyang = node(2, '洛阳市', '410300', 0, [luanchuan, songxian]);
const henan = node(1, '河南省', '410000', 0, [luoyang]);
const loose = node(9, '某开发区', null, 3);
const roots = [henan, loose];

describe('region references', () => {
  it('prefers the code and falls back on the id', () => {
    expect(refOf(songxian)).toEqual({ region: '410325', regionId: undefined });
    expect(refOf(loose)).toEqual({ region: undefined, regionId: 9 });
    expect(isRegion(loose, { region: undefined, regionId: 9 })).toBe(true);
    expect(isRegion(songxian, { region: undefined, regionId: undefined })).toBe(false);
  });

  it('finds the path to a region', () => {
    expect(regionPath(roots, { region: '410325100', regionId: undefined })?.map((n) => n.name)).toEqual([
      '河南省',
      '洛阳市',
      '嵩县',
      '城关镇',
    ]);
    expect(regionPath(roots, { region: '999999', regionId: undefined })).toBeUndefined();
    expect(regionLabel(regionPath(roots, refOf(songxian)) ?? [])).toBe('洛阳市 · 嵩县');
  });

  it('lists the children of a region', () => {
    expect(childrenOf(roots, refOf(luoyang)).map((n) => n.name)).toEqual(['栾川县', '嵩县']);
    expect(childrenOf(roots, refOf(loose))).toEqual([]);
  });
});

describe('defaultRegion', () => {
  it('descends to the one region holding every report', () => {
    expect(defaultRegion(roots)?.name).toBe('嵩县');
  });

  it('stops where reports spread over several children', () => {
    const spread = node(1, '河南省', '410000', 0, [
      node(2, '洛阳市', '410300', 0, [node(3, '嵩县', '410325', 4), node(5, '栾川县', '410324', 6)]),
    ]);
    expect(defaultRegion([spread])?.name).toBe('洛阳市');
    expect(defaultRegion([])).toBeUndefined();
  });
});

describe('filterRegions', () => {
  it('keeps matches with their ancestors', () => {
    const found = filterRegions(roots, '城关');
    expect(found.map((n) => n.name)).toEqual(['河南省']);
    expect(found[0]?.children[0]?.children[0]?.children.map((n) => n.name)).toEqual(['城关镇']);
    expect(found[0]?.children[0]?.children.map((n) => n.name)).toEqual(['嵩县']);
  });

  it('matches codes exactly and keeps everything for an empty query', () => {
    expect(filterRegions(roots, '410324')[0]?.children[0]?.children.map((n) => n.name)).toEqual(['栾川县']);
    expect(filterRegions(roots, ' ')).toHaveLength(2);
  });
});
