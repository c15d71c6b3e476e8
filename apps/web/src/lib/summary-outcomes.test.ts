import { describe, expect, it } from 'vitest';
import { outcomeRows } from './outcome-shares.ts';
import { outcomesSummary } from './summary-outcomes.ts';

describe('outcomesSummary', () => {
  it('adds up the drawn units and names the leading outcomes and the most open unit', () => {
    const rows = outcomeRows([
      { name: '教育局', values: { 't3.granted.total': 6, 't3.partial.total': 2, 't3.denied.total': 2 } },
      { name: '公安局', values: { 't3.granted.total': 9, 't3.unable.total': 1 } },
      { name: '卫健委', values: {} },
    ]);
    // 20 answered: 予以公开 15 (75%), 部分公开 2 (10%), 不予公开 2 (10%), 无法提供 1; 公安局 90% 予以公开.
    expect(outcomesSummary(rows, { year: 2024, scope: '嵩县各机构' })).toEqual([
      '2024年度嵩县各机构图中2个单位共办结申请20件，其中予以公开15件（占75.0%）、部分公开2件（占10.0%）、不予公开2件（占10.0%）。',
      '予以公开占比最高的是公安局（90.0%）。',
    ]);
  });

  it('says so when no unit has answered applications', () => {
    expect(
      outcomesSummary(outcomeRows([{ name: '卫健委', values: {} }]), { year: 2024, scope: '嵩县' }),
    ).toEqual(['2024年度嵩县没有申请办理结果数据。']);
  });
});
