import { describe, expect, it } from 'vitest';
import * as schema from './index.ts';

describe('package barrel', () => {
  it('exposes catalogue, derive and rules from one entry point', () => {
    for (const name of [
      'T2_BLOCKS',
      'T3_ROWS',
      'T3_COLUMNS',
      'T3_CATEGORIES',
      'T4_GROUPS',
      'T4_COLUMNS',
      'METRICS',
      'metricByCode',
      'isMetricCode',
      'normalizeLabel',
      'computeDerived',
      'checkReport',
      'checkCarryOver',
      'checkInForce',
      'checkUnitsSum',
      'parseResultSchema',
      'agencyKindSchema',
      'apiErrorSchema',
    ]) {
      expect(schema, name).toHaveProperty(name);
    }
    expect(schema.metricByCode('d.normative.issued')?.labelZh).toBe('制发规范性文件数');
  });
});
