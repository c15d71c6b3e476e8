import { describe, expect, it } from 'vitest';
import type { Fact } from './parse-result.ts';
import { ReportCells } from './report-cells.ts';
import { SONGXIAN_FACTS, SONGXIAN_VALUES } from './test-fixtures/songxian-2020.ts';
import { valuesWithFacts } from './values-with-facts.ts';

const fact = (code: string | null, value: number, start: number): Fact => ({
  label: code ?? '未编码',
  value,
  unit: '件',
  code,
  start,
  end: start + 1,
});

describe('ReportCells', () => {
  it('reads printed values and coded facts as valuesWithFacts merges them', () => {
    const values = { 't3.new.total': 4, 't3.granted.natural': null, 'narrative.info_submitted': 3 };
    const facts = [
      fact('narrative.applications_received', 9, 0),
      fact('narrative.applications_received', 8, 5), // a later fact with the same code loses
      fact('narrative.info_submitted', 7, 10), // a printed value wins over a fact
      fact('t3.granted.natural', 2, 15), // so does a printed blank
      fact(null, 6, 20),
    ];
    const cells = new ReportCells(values, facts);
    const merged = valuesWithFacts(values, facts);
    for (const code of [...Object.keys(merged), 'narrative.info_adopted', 't3.partial.natural']) {
      expect(cells.get(code)).toBe(merged[code]);
      expect(cells.has(code)).toBe(code in merged);
    }
    expect(cells.get('narrative.applications_received')).toBe(9);
    expect(cells.get('t3.granted.natural')).toBeNull();
  });

  it('agrees with valuesWithFacts on the real sample', () => {
    const cells = new ReportCells(SONGXIAN_VALUES, SONGXIAN_FACTS);
    const merged = valuesWithFacts(SONGXIAN_VALUES, SONGXIAN_FACTS);
    const codes = [...Object.keys(merged), ...SONGXIAN_FACTS.flatMap((f) => (f.code ? [f.code] : []))];
    expect(codes.length).toBeGreaterThan(Object.keys(SONGXIAN_VALUES).length - 1);
    for (const code of codes) expect(cells.get(code)).toBe(merged[code]);
  });
});
