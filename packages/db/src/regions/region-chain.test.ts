import { describe, expect, it } from 'vitest';
import { normaliseRegionCode, regionCodeChain } from './gbt-code.ts';
import { regionChainOfParsed } from './parsed-region-chain.ts';
import { regionChainFor } from './region-chain.ts';
import { splitRegionName } from './region-names.ts';

describe('regionCodeChain', () => {
  it('derives province and city codes from a county code', () => {
    expect(regionCodeChain('410325')).toEqual([
      { code: '410000', level: 'province' },
      { code: '410300', level: 'city' },
      { code: '410325', level: 'county' },
    ]);
  });

  it('stops at the level the code names and goes down to townships', () => {
    expect(regionCodeChain('410300')).toEqual([
      { code: '410000', level: 'province' },
      { code: '410300', level: 'city' },
    ]);
    expect(regionCodeChain('410000')).toEqual([{ code: '410000', level: 'province' }]);
    expect(regionCodeChain('410325100000').map((l) => l.code)).toEqual([
      '410000',
      '410300',
      '410325',
      '410325100',
    ]);
  });

  it('skips the city of municipalities and of province-administered county-level cities', () => {
    expect(regionCodeChain('110105').map((l) => l.level)).toEqual(['province', 'county']);
    expect(regionCodeChain('419001')).toEqual([
      { code: '410000', level: 'province' },
      { code: '419001', level: 'county' },
    ]);
  });

  it('rejects what is not a region code', () => {
    expect(regionCodeChain('4103')).toEqual([]);
    expect(regionCodeChain('990101')).toEqual([]);
    expect(normaliseRegionCode('410325100123')).toBeNull();
    expect(normaliseRegionCode(' 410325 ')).toBe('410325');
  });
});

describe('splitRegionName', () => {
  it('splits compound names from the largest place down', () => {
    expect(splitRegionName('洛阳市嵩县')).toEqual([
      { name: '洛阳市', level: 'city' },
      { name: '嵩县', level: 'county' },
    ]);
    expect(splitRegionName('河南省郑州市金水区')).toEqual([
      { name: '河南省', level: 'province' },
      { name: '郑州市', level: 'city' },
      { name: '金水区', level: 'county' },
    ]);
    expect(splitRegionName('嵩县城关镇').map((p) => p.name)).toEqual(['嵩县', '城关镇']);
  });

  it('keeps a single name whole and leaves a lone 市 undecided', () => {
    expect(splitRegionName('嵩县')).toEqual([{ name: '嵩县', level: 'county' }]);
    expect(splitRegionName('洛阳市')).toEqual([{ name: '洛阳市', level: null }]);
    expect(splitRegionName('北京市朝阳区')).toEqual([
      { name: '北京市', level: 'province' },
      { name: '朝阳区', level: 'county' },
    ]);
    expect(splitRegionName('  ')).toEqual([]);
  });
});

describe('regionChainFor', () => {
  it('names a code chain from the report and the province table, leaving unknown names out', () => {
    expect(regionChainFor('嵩县', '410325')).toEqual([
      { code: '410000', name: '河南省', level: 'province' },
      { code: '410325', name: '嵩县', level: 'county' },
    ]);
    expect(regionChainFor('洛阳市嵩县', '410325')).toEqual([
      { code: '410000', name: '河南省', level: 'province' },
      { code: '410300', name: '洛阳市', level: 'city' },
      { code: '410325', name: '嵩县', level: 'county' },
    ]);
  });

  it('keeps places below the coded one and falls back to names alone', () => {
    expect(regionChainFor('嵩县城关镇', '410325').at(-1)).toEqual({
      code: null,
      name: '城关镇',
      level: 'township',
    });
    expect(regionChainFor('洛阳市嵩县', null)).toEqual([
      { code: null, name: '洛阳市', level: 'city' },
      { code: null, name: '嵩县', level: 'county' },
    ]);
    expect(regionChainFor(null, 'nonsense')).toEqual([]);
    expect(regionChainFor(null, '410325')).toEqual([
      { code: '410000', name: '河南省', level: 'province' },
      { code: '410325', name: '410325', level: 'county' },
    ]);
  });
});

describe('regionChainOfParsed', () => {
  const chain = {
    province: { name: '河南省', code: '410000' },
    city: { name: '洛阳市', code: '410300' },
    county: { name: '嵩县', code: '410325' },
    township: null,
  };

  it("takes every level of the parser's gazetteer chain, with names and codes", () => {
    expect(regionChainOfParsed({ region: '嵩县', regionCode: '410325', regionChain: chain })).toEqual([
      { code: '410000', name: '河南省', level: 'province' },
      { code: '410300', name: '洛阳市', level: 'city' },
      { code: '410325', name: '嵩县', level: 'county' },
    ]);
  });

  it('keeps a printed township the gazetteer does not list, and falls back to name and code', () => {
    expect(
      regionChainOfParsed({ region: '嵩县某某镇', regionCode: '410325', regionChain: chain }).at(-1),
    ).toEqual({
      code: null,
      name: '某某镇',
      level: 'township',
    });
    expect(regionChainOfParsed({ region: '洛阳市嵩县', regionCode: null, regionChain: null })).toEqual(
      regionChainFor('洛阳市嵩县', null),
    );
    expect(regionChainOfParsed({ region: null })).toEqual([]);
  });
});
