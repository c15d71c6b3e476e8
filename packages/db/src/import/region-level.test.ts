import { describe, expect, it } from 'vitest';
import { regionLevelFromName } from './region-level.ts';

describe('regionLevelFromName', () => {
  it('reads the level from unambiguous suffixes', () => {
    expect(regionLevelFromName('嵩县')).toBe('county');
    expect(regionLevelFromName('河南省')).toBe('province');
    expect(regionLevelFromName('广西壮族自治区')).toBe('province');
    expect(regionLevelFromName('延边朝鲜族自治州')).toBe('city');
    expect(regionLevelFromName('长阳土家族自治县')).toBe('county');
    expect(regionLevelFromName('涧西区')).toBe('county');
    expect(regionLevelFromName('田湖镇')).toBe('township');
    expect(regionLevelFromName('城关街道')).toBe('township');
    expect(regionLevelFromName('上海市')).toBe('province');
  });

  it('leaves cities and bare suffixes unknown', () => {
    expect(regionLevelFromName('洛阳市')).toBeNull();
    expect(regionLevelFromName('县')).toBeNull();
    expect(regionLevelFromName('')).toBeNull();
  });
});
