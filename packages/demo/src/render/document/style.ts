import { createRng } from '../../generate/prng.ts';
import type { SyntheticReport } from '../../model/synthetic-report.ts';

/** Layout and wording habits of one report, drawn from its `variant` so rendering stays pure. */
export interface ReportStyle {
  /** `national`: the format's three label columns; `compact`: two, as in the real sample. */
  t3Layout: 'national' | 'compact';
  /** Parentheses of ordinals like (一): ASCII as in the sample, or full-width. */
  fullWidthParens: boolean;
  /** A space after "(一)" in table labels, as the sample prints. */
  spaceAfterOrdinal: boolean;
  /** 2019 tables: 规章 printed as 规章（县级无此项）. */
  countyRegulationsNote: boolean;
  /** 2021 tables: 规范性文件 instead of 行政规范性文件. */
  shortNormativeLabel: boolean;
  /** How a blank cell is printed. */
  blankMark: '' | '/' | '—';
  /** Amounts printed with four decimals (the 2019 format asks for it). */
  fourDecimals: boolean;
  /** Wording choices for prose, each an index into a phrase list. */
  wording: (slot: string, options: number) => number;
  /** Repeats 一、总体情况 after the preface, as the sample does. */
  duplicateOverviewHeading: boolean;
  /** Leaves out part 六 entirely. */
  omitOtherMatters: boolean;
  /** Ends with the agency name and date. */
  signature: boolean;
  titleForm: 0 | 1 | 2;
  /** Table 2 as one table, or one table per 第二十条 item. */
  splitT2: boolean;
}

/** The style of a report: a pure function of its variant seed and kind. */
export function reportStyle(report: SyntheticReport): ReportStyle {
  const rng = createRng(report.variant);
  const countyLevel = report.region.code.slice(4) !== '00';
  return {
    t3Layout: rng.chance(0.55) ? 'national' : 'compact',
    fullWidthParens: rng.chance(0.5),
    spaceAfterOrdinal: rng.chance(0.3),
    countyRegulationsNote: countyLevel && rng.chance(0.3),
    shortNormativeLabel: rng.chance(0.2),
    blankMark: rng.weighted([
      ['', 0.85],
      ['/', 0.08],
      ['—', 0.07],
    ] as const),
    fourDecimals: rng.chance(0.25),
    wording: (slot, options) => rng.fork(slot).int(0, options - 1),
    duplicateOverviewHeading: rng.chance(0.12),
    omitOtherMatters: rng.chance(0.06),
    signature: rng.chance(0.6),
    titleForm: rng.weighted([
      [0, 0.8],
      [1, 0.12],
      [2, 0.08],
    ] as const),
    splitT2: rng.chance(0.3),
  };
}

/** The report's title as printed (before any traditional-character conversion). */
export function reportTitle(report: SyntheticReport): string {
  switch (reportStyle(report).titleForm) {
    case 0:
      return `${report.agency}${report.year}年政府信息公开工作年度报告`;
    case 1:
      return `${report.agency}${report.year}年度政府信息公开工作年度报告`;
    case 2:
      return `${report.year}年${report.agency}政府信息公开工作年度报告`;
  }
}
