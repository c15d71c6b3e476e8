import type { CompareUnit } from './compare-units.ts';

/** The four outcome columns of table 4, in printed order. */
export const CASE_OUTCOMES = [
  { key: 'upheld', label: '维持', color: '#2b8a3e' },
  { key: 'corrected', label: '纠正', color: '#c92a2a' },
  { key: 'other', label: '其他', color: '#868e96' },
  { key: 'pending', label: '尚未审结', color: '#e67700' },
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number]['key'];

/** Table-4 groups: 行政复议 and the two kinds of 行政诉讼, which the dashboard adds up. */
export const REVIEW_GROUP = 't4.review';
export const SUIT_GROUPS = ['t4.suit_direct', 't4.suit_after_review'] as const;

/** Every code the review page reads per outcome: review, then both suit groups. */
export function caseCodes(): string[] {
  return [REVIEW_GROUP, ...SUIT_GROUPS].flatMap((group) => [
    ...CASE_OUTCOMES.map((o) => `${group}.${o.key}`),
    `${group}.total`,
  ]);
}

/** One year's cases by outcome: `review.upheld`, `litigation.corrected`, … (null: no report said). */
export interface CaseYearRow {
  year: number;
  [key: string]: number | null;
}

function add(a: number | null, b: number | null | undefined): number | null {
  if (b === null || b === undefined) return a;
  return (a ?? 0) + b;
}

/**
 * Per year, review and litigation cases by outcome. Litigation adds the two suit groups; a year where
 * neither printed a figure stays null rather than 0.
 */
export function casesByYear(
  series: ReadonlyMap<string, readonly { year: number; value: number | null }[]>,
): CaseYearRow[] {
  const years = new Set<number>();
  for (const points of series.values()) for (const p of points) years.add(p.year);
  const figure = (code: string, year: number) =>
    series.get(code)?.find((p) => p.year === year)?.value ?? null;
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const row: CaseYearRow = { year };
      for (const o of CASE_OUTCOMES) {
        row[`review.${o.key}`] = figure(`${REVIEW_GROUP}.${o.key}`, year);
        row[`litigation.${o.key}`] = SUIT_GROUPS.reduce<number | null>(
          (sum, group) => add(sum, figure(`${group}.${o.key}`, year)),
          null,
        );
      }
      return row;
    });
}

/** A unit with review or litigation cases in the year. */
export interface UnitCases {
  unit: CompareUnit;
  review: number;
  reviewCorrected: number;
  reviewPending: number;
  litigation: number;
  litigationCorrected: number;
  litigationPending: number;
}

/** Units that had cases, most cases first; units reporting none (or nothing) are left out. */
export function unitsWithCases(units: readonly CompareUnit[]): UnitCases[] {
  const n = (u: CompareUnit, code: string) => u.values[code] ?? 0;
  return units
    .map((unit) => ({
      unit,
      review: n(unit, `${REVIEW_GROUP}.total`),
      reviewCorrected: n(unit, `${REVIEW_GROUP}.corrected`),
      reviewPending: n(unit, `${REVIEW_GROUP}.pending`),
      litigation: SUIT_GROUPS.reduce((s, g) => s + n(unit, `${g}.total`), 0),
      litigationCorrected: SUIT_GROUPS.reduce((s, g) => s + n(unit, `${g}.corrected`), 0),
      litigationPending: SUIT_GROUPS.reduce((s, g) => s + n(unit, `${g}.pending`), 0),
    }))
    .filter((u) => u.review + u.litigation > 0)
    .sort(
      (a, b) =>
        b.review + b.litigation - (a.review + a.litigation) ||
        a.unit.name.localeCompare(b.unit.name, 'zh-CN'),
    );
}

/** A correction rate: corrected over concluded cases (total − pending), null without any concluded. */
export function correctionRate(corrected: number, total: number, pending: number): number | null {
  const concluded = total - pending;
  return concluded > 0 ? (corrected / concluded) * 100 : null;
}
