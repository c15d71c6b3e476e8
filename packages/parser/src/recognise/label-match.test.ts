import { normalizeLabel, T3_COLUMNS } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { labelKey, matchKey, matchLabel } from './label-match.ts';

const PRINTED = [
  '（三）不予公开',
  '1.属于国家秘密',
  '规章(县级无此项)',
  '采购总金额（单位：万元，保留4位小数）',
  '  商业企业 ',
  '其他',
  '',
];

describe('labelKey', () => {
  it('is normalizeLabel, the first time and every time after', () => {
    for (let round = 0; round < 3; round++) {
      for (const text of PRINTED) expect(labelKey(text)).toBe(normalizeLabel(text));
    }
  });

  it('stays right after its memo fills up and is cleared', () => {
    for (let i = 0; i < 5000; i++) expect(labelKey(`第${i}项（说明）`)).toBe(`第${i}项`);
    for (const text of PRINTED) expect(labelKey(text)).toBe(normalizeLabel(text));
  });

  it('gives keys that match catalogue labels as matchLabel does', () => {
    const printed = ' 商业企业（个） ';
    expect(matchKey(labelKey(printed), T3_COLUMNS)).toBe(matchLabel(printed, T3_COLUMNS));
    expect(matchKey(labelKey(printed), T3_COLUMNS)?.labels).toContain('商业企业');
  });
});
