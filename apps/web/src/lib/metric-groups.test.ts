import { describe, expect, it } from 'vitest';
import { metricDef } from '../test-fixtures.ts';
import { findMetric, groupMetrics } from './metric-groups.ts';

describe('groupMetrics', () => {
  const catalogue = [
    metricDef({ code: 't2.regulations.made', table: 't2', group: '第二十条第（一）项' }),
    metricDef({ code: 't3.new.total', table: 't3', group: '一、本年新收' }),
    metricDef({ code: 't2.license.decisions', table: 't2', group: '第二十条第（五）项' }),
    metricDef({ code: 't2.normative.made', table: 't2', group: '第二十条第（一）项' }),
    metricDef({ code: 'd.normative.issued', table: 'derived', group: '' }),
  ];

  it('puts computed indicators first and groups by part and group', () => {
    const groups = groupMetrics(catalogue);
    expect(groups.map((g) => g.label)).toEqual([
      '常用指标',
      '主动公开 · 第二十条第（一）项',
      '主动公开 · 第二十条第（五）项',
      '依申请公开 · 一、本年新收',
    ]);
  });

  it('keeps catalogue order inside a group', () => {
    const groups = groupMetrics(catalogue);
    expect(groups[1]?.metrics.map((m) => m.code)).toEqual(['t2.regulations.made', 't2.normative.made']);
  });

  it('finds a metric by code', () => {
    expect(findMetric(catalogue, 't3.new.total')?.table).toBe('t3');
    expect(findMetric(catalogue, 'nope')).toBeUndefined();
    expect(findMetric(catalogue, undefined)).toBeUndefined();
  });
});
