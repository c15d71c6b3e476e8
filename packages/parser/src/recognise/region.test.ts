import { describe, expect, it } from 'vitest';
import { agencyKindOf } from './agency-kind.ts';
import { regionOf } from './region.ts';

describe('regionOf', () => {
  it.each([
    ['嵩县人民政府办公室', '嵩县'],
    ['嵩县人民政府', '嵩县'],
    ['洛阳市嵩县教育局', '洛阳市嵩县'],
    ['河南省人民政府办公厅', '河南省'],
    ['郑州市金水区人民政府', '郑州市金水区'],
    ['嵩县城关镇人民政府', '嵩县城关镇'],
    ['嵩县城市管理局', '嵩县'],
    ['嵩县市场监督管理局', '嵩县'],
    ['嵩县住房和城乡建设局', '嵩县'],
    ['嵩县县委办公室', '嵩县'],
    ['阿拉善左旗人民政府', '阿拉善左旗'],
    ['长阳土家族自治县人民政府', '长阳土家族自治县'],
    ['市政府办公室', null],
    ['国家统计局', null],
    [null, null],
  ])('%s → %s', (agency, region) => {
    expect(regionOf(agency)).toBe(region);
  });
});

describe('agencyKindOf', () => {
  it.each([
    ['嵩县人民政府办公室', 'government_office'],
    ['河南省人民政府办公厅', 'government_office'],
    ['嵩县人民政府', 'government'],
    ['嵩县城关镇人民政府', 'township'],
    ['嵩县城关街道办事处', 'township'],
    ['嵩县交通运输局', 'department'],
    ['嵩县发展和改革委员会', 'department'],
    ['嵩县政务服务中心', 'department'],
    ['嵩县供电', 'other'],
    [null, null],
  ])('%s → %s', (agency, kind) => {
    expect(agencyKindOf(agency)).toBe(kind);
  });
});
