import { describe, expect, it } from 'vitest';
import { computeDerived, evaluateDerived } from './derive.ts';
import type { Values } from './parse-result.ts';
import { SONGXIAN_FACTS, SONGXIAN_VALUES } from './test-fixtures/songxian-2020.ts';

describe('computeDerived', () => {
  it('computes the real sample: blank rows sum to 0, zero denominators give null', () => {
    const d = computeDerived(SONGXIAN_VALUES, '2019', SONGXIAN_FACTS);
    expect(d['t3.denied.total']).toBe(0);
    expect(d['t3.unable.natural']).toBe(0);
    expect(d['t3.not_processed.other_org']).toBe(0);
    expect(d['d.applications.received']).toBe(0);
    expect(d['d.applications.handled']).toBe(0);
    expect(d['d.applications.disclosed_rate']).toBeNull();
    expect(d['d.applications.denied_rate']).toBeNull();
    expect(d['d.review.cases']).toBe(0);
    expect(d['d.review.correction_rate']).toBeNull();
    expect(d['d.litigation.cases']).toBe(0);
    expect(d['d.litigation.correction_rate']).toBeNull();
    expect(d['d.normative.issued']).toBe(9);
    expect(d['d.info.adoption_rate']).toBeCloseTo((289 / 673) * 100, 9);
    // 2019 prints 其他处理 as a row: it is a value, not a derived figure.
    expect('t3.other.total' in d).toBe(false);
    for (const v of Object.values(d)) if (v !== null) expect(Number.isFinite(v)).toBe(true);
  });

  it('reports which blank cells were read as zero', () => {
    const { blanksReadAsZero } = evaluateDerived(SONGXIAN_VALUES, '2019');
    expect(blanksReadAsZero).toContain('t3.denied.state_secret.natural');
    expect(blanksReadAsZero).toContain('t3.granted.total');
    expect(blanksReadAsZero).not.toContain('t3.new.total');
    // granted/partial of non-total columns feed no formula.
    expect(blanksReadAsZero).not.toContain('t3.granted.natural');
  });

  it('sums the three 2021 其他处理 sub-rows into t3.other.<col>', () => {
    const v: Values = {
      't3.other.no_correction.total': 2,
      't3.other.no_fee.total': null,
      't3.other.other.total': 1,
    };
    const d = computeDerived(v, '2021');
    expect(d['t3.other.total']).toBe(3);
    expect('t3.other.natural' in d).toBe(false);
  });

  it('uses a printed t3.other row for an unknown template and sums sub-rows when only they exist', () => {
    expect('t3.other.total' in computeDerived({ 't3.other.total': 4 }, 'unknown')).toBe(false);
    expect(computeDerived({ 't3.other.other.total': 4 }, 'unknown')['t3.other.total']).toBe(4);
  });

  it('leaves sums absent when every member is absent, and 0 when all are blank', () => {
    expect('t3.denied.total' in computeDerived({}, '2019')).toBe(false);
    expect('d.applications.received' in computeDerived({}, '2021')).toBe(false);
    expect('d.applications.disclosed_rate' in computeDerived({}, '2021')).toBe(false);
    expect(computeDerived({ 't3.denied.state_secret.total': null }, '2019')['t3.denied.total']).toBe(0);
  });

  it('computes rates in percent and null for missing, zero or negative denominators', () => {
    const base: Values = { 't3.granted.total': 3, 't3.partial.total': 1, 't3.total.total': 8 };
    expect(computeDerived(base, '2019')['d.applications.disclosed_rate']).toBe(50);
    expect(
      computeDerived({ ...base, 't3.total.total': 0 }, '2019')['d.applications.disclosed_rate'],
    ).toBeNull();
    expect(computeDerived({ 't3.granted.total': 3 }, '2019')['d.applications.disclosed_rate']).toBeNull();
    expect(computeDerived({ 't3.total.total': 5 }, '2019')['d.applications.disclosed_rate']).toBeNull();
    // Blank numerator reads as 0: a computable 0 %, not null.
    expect(
      computeDerived({ 't3.granted.total': null, 't3.total.total': 5 }, '2019')[
        'd.applications.disclosed_rate'
      ],
    ).toBe(0);
  });

  it('subtracts pending cases from the correction-rate denominator', () => {
    const v: Values = { 't4.review.corrected': 2, 't4.review.total': 10, 't4.review.pending': 2 };
    expect(computeDerived(v, '2021')['d.review.correction_rate']).toBe(25);
    expect(computeDerived({ ...v, 't4.review.pending': 10 }, '2021')['d.review.correction_rate']).toBeNull();
    expect(computeDerived({ ...v, 't4.review.pending': 12 }, '2021')['d.review.correction_rate']).toBeNull();
    const suits: Values = {
      't4.suit_direct.corrected': 1,
      't4.suit_direct.total': 3,
      't4.suit_direct.pending': 1,
      't4.suit_after_review.corrected': 1,
      't4.suit_after_review.total': 3,
      't4.suit_after_review.pending': 0,
    };
    const d = computeDerived(suits, '2021');
    expect(d['d.litigation.cases']).toBe(6);
    expect(d['d.litigation.correction_rate']).toBe(40);
  });

  it('uses the denied category sum for the denial rate', () => {
    const v: Values = {
      't3.denied.state_secret.total': 1,
      't3.denied.third_party.total': 1,
      't3.total.total': 4,
    };
    expect(computeDerived(v, '2021')['d.applications.denied_rate']).toBe(50);
  });

  it('falls back to the printed adoption rate when the ratio cannot be computed', () => {
    const rate = SONGXIAN_FACTS.filter((f) => f.code === 'narrative.info_adoption_rate');
    expect(computeDerived({}, '2019', rate)['d.info.adoption_rate']).toBe(43);
    const zeroSubmitted = [
      ...rate,
      { label: '上报信息', value: 0, unit: '条', code: 'narrative.info_submitted', start: 0, end: 1 },
    ];
    expect(computeDerived({}, '2019', zeroSubmitted)['d.info.adoption_rate']).toBe(43);
    expect('d.info.adoption_rate' in computeDerived({}, '2019', [])).toBe(false);
  });

  it('keeps decimal amounts tidy in sums', () => {
    const v: Values = { 't3.denied.state_secret.total': 0.1, 't3.denied.law_forbidden.total': 0.2 };
    expect(computeDerived(v, '2019')['t3.denied.total']).toBe(0.3);
  });
});
