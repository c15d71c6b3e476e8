import { describe, expect, it } from 'vitest';
import { EDITIONS, type Edition, UNITS } from '../metric.ts';
import { isMetricCode, METRICS, metricByCode } from './metrics.ts';

// Transcribed by hand from spec/metrics.md — deliberately not generated from the layouts.
// biome-ignore format: transcribed from the spec, one printed line per line
const T2_2019 = [
  't2.regulations.made', 't2.regulations.published', 't2.regulations.total_public',
  't2.normative.made', 't2.normative.published', 't2.normative.total_public',
  't2.license.prev_items', 't2.license.change', 't2.license.decisions',
  't2.other_services.prev_items', 't2.other_services.change', 't2.other_services.decisions',
  't2.punishment.prev_items', 't2.punishment.change', 't2.punishment.decisions',
  't2.coercion.prev_items', 't2.coercion.change', 't2.coercion.decisions',
  't2.fees.prev_items', 't2.fees.change',
  't2.procurement.count', 't2.procurement.amount',
];
// biome-ignore format: transcribed from the spec, one printed line per line
const T2_2021 = [
  't2.regulations.made', 't2.regulations.repealed', 't2.regulations.in_force',
  't2.normative.made', 't2.normative.repealed', 't2.normative.in_force',
  't2.license.decisions', 't2.punishment.decisions', 't2.coercion.decisions',
  't2.fees.amount',
];
// biome-ignore format: transcribed from the spec, one printed line per line
const T3_ROWS_COMMON_HEAD = [
  'new', 'carried_over', 'granted', 'partial',
  'denied.state_secret', 'denied.law_forbidden', 'denied.three_safety', 'denied.third_party',
  'denied.internal_affairs', 'denied.process_info', 'denied.enforcement_file', 'denied.query_matter',
  'unable.not_held', 'unable.needs_creation', 'unable.unclear',
  'not_processed.petition', 'not_processed.repeat', 'not_processed.publication',
  'not_processed.mass_repeat', 'not_processed.confirm',
];
const T3_ROWS_2019 = [...T3_ROWS_COMMON_HEAD, 'other', 'total', 'carry_forward'];
const T3_ROWS_2021 = [
  ...T3_ROWS_COMMON_HEAD,
  'other.no_correction',
  'other.no_fee',
  'other.other',
  'total',
  'carry_forward',
];
const T3_COLS = [
  'natural',
  'business',
  'research',
  'public_interest',
  'legal_services',
  'other_org',
  'total',
];
const T3_SUMS = ['denied', 'unable', 'not_processed'];
// biome-ignore format: transcribed from the spec, one printed line per line
const T4 = [
  't4.review.upheld', 't4.review.corrected', 't4.review.other', 't4.review.pending', 't4.review.total',
  't4.suit_direct.upheld', 't4.suit_direct.corrected', 't4.suit_direct.other', 't4.suit_direct.pending', 't4.suit_direct.total',
  't4.suit_after_review.upheld', 't4.suit_after_review.corrected', 't4.suit_after_review.other',
  't4.suit_after_review.pending', 't4.suit_after_review.total',
];
// biome-ignore format: transcribed from the spec, one printed line per line
const NARRATIVE = [
  'narrative.published_total', 'narrative.published_news', 'narrative.published_interpretation',
  'narrative.published_notices', 'narrative.info_submitted', 'narrative.info_adopted',
  'narrative.info_adoption_rate', 'narrative.applications_received', 'narrative.consultations',
  'narrative.messages_replied', 'narrative.training_attendance', 'narrative.new_media_accounts',
];
// biome-ignore format: transcribed from the spec, one printed line per line
const DERIVED = [
  'd.applications.received', 'd.applications.handled', 'd.applications.disclosed_rate',
  'd.applications.denied_rate', 'd.review.cases', 'd.review.correction_rate', 'd.litigation.cases',
  'd.litigation.correction_rate', 'd.normative.issued', 'd.info.adoption_rate',
];

const cross = (rows: string[], cols: string[], prefix: string) =>
  rows.flatMap((r) => cols.map((c) => `${prefix}.${r}.${c}`));
const codesFor = (edition: Edition, prefix: string) =>
  METRICS.filter((m) => m.code.startsWith(`${prefix}.`) && m.editions.includes(edition)).map((m) => m.code);

describe('metric catalogue', () => {
  it('has exactly the spec table 2 codes per edition', () => {
    expect(codesFor('2019', 't2').sort()).toEqual([...T2_2019].sort());
    expect(codesFor('2021', 't2').sort()).toEqual([...T2_2021].sort());
  });

  it('has every table 3 row × 7 columns and the category sums, per edition', () => {
    const sums = cross(T3_SUMS, T3_COLS, 't3');
    expect(codesFor('2019', 't3').sort()).toEqual([...cross(T3_ROWS_2019, T3_COLS, 't3'), ...sums].sort());
    // 2021: t3.other.<col> exists too, as the derived sum of the three sub-rows.
    expect(codesFor('2021', 't3').sort()).toEqual(
      [...cross(T3_ROWS_2021, T3_COLS, 't3'), ...cross(['other'], T3_COLS, 't3'), ...sums].sort(),
    );
  });

  it('has the 15 table 4 codes in printed order, the 12 narrative and the 10 derived codes', () => {
    expect(METRICS.filter((m) => m.code.startsWith('t4.')).map((m) => m.code)).toEqual(T4);
    expect(
      METRICS.filter((m) => m.table === 'narrative')
        .map((m) => m.code)
        .sort(),
    ).toEqual([...NARRATIVE].sort());
    expect(
      METRICS.filter((m) => m.code.startsWith('d.'))
        .map((m) => m.code)
        .sort(),
    ).toEqual([...DERIVED].sort());
  });

  it('contains nothing beyond the spec codes and no duplicates', () => {
    const expected = new Set([
      ...T2_2019,
      ...T2_2021,
      ...cross(T3_ROWS_2019, T3_COLS, 't3'),
      ...cross(T3_ROWS_2021, T3_COLS, 't3'),
      ...cross(T3_SUMS, T3_COLS, 't3'),
      ...T4,
      ...NARRATIVE,
      ...DERIVED,
    ]);
    const codes = METRICS.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(codes)).toEqual(expected);
  });

  it('gives every metric zh/en labels, a known unit, a section, a group and editions', () => {
    for (const m of METRICS) {
      expect(m.labelZh, m.code).toMatch(/\p{Script=Han}/u);
      expect(m.labelEn, m.code).toMatch(/^[A-Z]/);
      expect(UNITS).toContain(m.unit);
      expect(m.section, m.code).not.toBe('');
      expect(m.group, m.code).not.toBe('');
      expect(m.editions.length, m.code).toBeGreaterThan(0);
      for (const e of m.editions) expect(EDITIONS).toContain(e);
    }
  });

  it('uses the spec units', () => {
    expect(metricByCode('t2.procurement.amount')?.unit).toBe('万元');
    expect(metricByCode('t2.fees.amount')?.unit).toBe('万元');
    expect(metricByCode('t2.license.prev_items')?.unit).toBe('项');
    expect(metricByCode('t2.normative.made')?.unit).toBe('件');
    expect(metricByCode('t3.denied.state_secret.natural')?.unit).toBe('件');
    expect(metricByCode('t4.review.total')?.unit).toBe('件');
    expect(metricByCode('narrative.training_attendance')?.unit).toBe('人次');
    expect(metricByCode('narrative.new_media_accounts')?.unit).toBe('个');
    for (const code of DERIVED.filter((c) => c.endsWith('_rate'))) expect(metricByCode(code)?.unit).toBe('%');
  });

  it('gives formulas only to computed codes, each referencing existing codes', () => {
    for (const m of METRICS) {
      const computed =
        m.code.startsWith('d.') || /^t3\.(denied|unable|not_processed|other)\.[a-z_]+$/.test(m.code);
      expect(m.formula !== undefined, m.code).toBe(computed);
      if (!m.formula) continue;
      const refs =
        m.formula.op === 'sum'
          ? m.formula.of
          : [
              ...m.formula.num,
              ...m.formula.den,
              ...(m.formula.denMinus ?? []),
              ...(m.formula.fallback ? [m.formula.fallback] : []),
            ];
      expect(refs.length).toBeGreaterThan(0);
      for (const r of refs) {
        expect(isMetricCode(r), `${m.code} → ${r}`).toBe(true);
        expect(r).not.toBe(m.code);
      }
    }
  });

  it('marks t3.other as printed in 2019 and summed from its sub-rows in 2021', () => {
    const other = metricByCode('t3.other.total');
    expect(other?.table).toBe('t3');
    expect(other?.editions).toEqual(['2019', '2021']);
    expect(other?.formulaEditions).toEqual(['2021']);
    expect(other?.formula).toEqual({
      op: 'sum',
      of: ['t3.other.no_correction.total', 't3.other.no_fee.total', 't3.other.other.total'],
    });
    expect(metricByCode('t3.denied.natural')?.table).toBe('derived');
    expect(metricByCode('t3.denied.natural')?.formulaEditions).toBeUndefined();
  });

  it('encodes the spec formulas of the rates', () => {
    expect(metricByCode('d.review.correction_rate')?.formula).toEqual({
      op: 'ratio',
      num: ['t4.review.corrected'],
      den: ['t4.review.total'],
      denMinus: ['t4.review.pending'],
    });
    expect(metricByCode('d.info.adoption_rate')?.formula).toMatchObject({
      fallback: 'narrative.info_adoption_rate',
    });
    expect(isMetricCode('t3.nope.total')).toBe(false);
    expect(metricByCode('t3.nope.total')).toBeUndefined();
  });
});
