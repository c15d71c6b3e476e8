import { describe, expect, it } from 'vitest';
import { regionParts } from '../recognise/region.ts';
import { resolveRegion } from './resolve-region.ts';

const resolve = (agency: string, context = '') => resolveRegion(regionParts(agency), context);

describe('resolveRegion', () => {
  it('resolves a unique county with its province and prefecture', () => {
    expect(resolve('嵩县人民政府办公室')).toEqual({
      code: '410325',
      chain: {
        province: { name: '河南省', code: '410000' },
        city: { name: '洛阳市', code: '410300' },
        county: { name: '嵩县', code: '410325' },
        township: null,
      },
    });
  });

  it('tells same-named districts apart by the parent the text names', () => {
    expect(resolve('新华区人民政府', '按照平顶山市人民政府办公室要求').code).toBe('410402');
    expect(resolve('新华区人民政府', '根据沧州市的部署').code).toBe('130902');
    expect(resolve('新华区人民政府', '石家庄新华区').code).toBe('130105');
    expect(resolve('市中区市场监督管理局', '乐山市').code).toBe('511102');
  });

  it('uses the place names printed before the district', () => {
    expect(resolve('福州市鼓楼区人民政府办公室').code).toBe('350102');
    expect(resolve('河南省开封市鼓楼区教育局').code).toBe('410204');
  });

  it('stays unresolved when the text does not decide between same-named districts', () => {
    expect(resolve('鼓楼区人民政府', '本区政务公开工作')).toEqual({ code: null, chain: null });
  });

  it('stays unresolved for a place the gazetteer does not know', () => {
    expect(resolve('安澜县交通运输局')).toEqual({ code: null, chain: null });
    expect(resolve('交通运输局')).toEqual({ code: null, chain: null });
  });

  it('resolves a township to its county, keeping the township in the chain', () => {
    const r = resolve('白河镇人民政府', '按照嵩县人民政府办公室的部署');
    expect(r.code).toBe('410325');
    expect(r.chain?.township).toEqual({ name: '白河镇', code: '410325107' });
    expect(resolve('嵩县白河镇人民政府').chain?.township?.code).toBe('410325107');
  });

  it('gives provinces and prefectures their six-digit codes; municipalities have no prefecture', () => {
    expect(resolve('洛阳市人民政府').code).toBe('410300');
    expect(resolve('河南省人民政府').code).toBe('410000');
    const haidian = resolve('北京市海淀区人民政府');
    expect(haidian.code).toBe('110108');
    expect(haidian.chain?.city).toBeNull();
  });
});

describe('regionParts', () => {
  it('accepts a division the gazetteer knows even when it looks like an agency word (市中区)', () => {
    expect(regionParts('市中区市场监督管理局')).toEqual(['市中区']);
    expect(regionParts('洛阳市偃师区人民政府办公室')).toEqual(['洛阳市', '偃师区']);
  });
});
