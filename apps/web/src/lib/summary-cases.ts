import { CASE_OUTCOMES, type CaseYearRow, correctionRate } from './review-cases.ts';
import { changeText, figureText, sentence } from './summary-format.ts';

const GROUP_NAMES = { review: '行政复议', litigation: '行政诉讼' } as const;

function figure(row: CaseYearRow | undefined, key: string): number | null {
  const value = row?.[key];
  return typeof value === 'number' ? value : null;
}

function total(row: CaseYearRow | undefined, group: 'review' | 'litigation'): number | null {
  const parts = CASE_OUTCOMES.map((o) => figure(row, `${group}.${o.key}`));
  return parts.every((p) => p === null) ? null : parts.reduce<number>((sum, p) => sum + (p ?? 0), 0);
}

/**
 * One or two sentences about a case chart: the latest year's cases with their change, how they
 * ended, and the correction rate (纠正 ÷ 审结; 无法计算 when nothing was concluded).
 */
export function casesSummary(rows: readonly CaseYearRow[], group: 'review' | 'litigation'): string[] {
  const name = GROUP_NAMES[group];
  const latest = [...rows].reverse().find((row) => total(row, group) !== null);
  if (latest === undefined) return [`所选范围内没有${name}案件数据。`];
  const year = latest.year;
  const cases = total(latest, group) ?? 0;
  const previous = rows.find((r) => r.year === year - 1);
  const upheld = figure(latest, `${group}.upheld`) ?? 0;
  const corrected = figure(latest, `${group}.corrected`) ?? 0;
  const pending = figure(latest, `${group}.pending`) ?? 0;
  const rate = correctionRate(corrected, cases, pending);
  return [
    sentence(
      `${year}年政府信息公开${name}案件共${figureText(cases, '件')}`,
      changeText(cases, total(previous, group), '件'),
    ),
    sentence(
      `其中结果维持${figureText(upheld, '件')}、纠正${figureText(corrected, '件')}、尚未审结${figureText(pending, '件')}`,
      `纠错率${rate === null ? '' : '为'}${figureText(rate, '%')}`,
    ),
  ];
}
